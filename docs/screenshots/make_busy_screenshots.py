"""Screenshots of a busy evening: ten chats in the inbox at 1280×720 (one client has left
and waits to be wrapped up), the same window at 640×480, and the earnings and statistics
charts, from the real app against the real demo backend.

    SHOT_LANG=en scripts/desktop_session.sh .venv/bin/python \
        docs/screenshots/make_busy_screenshots.py
    SHOT_LANG=zh_CN scripts/desktop_session.sh ...

Writes busy-inbox-<lang>.png, busy-inbox-640-<lang>.png, charts-earnings-<lang>.png and
charts-statistics-<lang>.png (<lang>: en or zh-CN) into this folder.
"""
import asyncio
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
import httpx
import keyring.backends.fail
import qasync

from responder_app.app_controller import AppController
from responder_app.demo import DemoBackend
from responder_app.main import create_application
from responder_app.services.credentials import CredentialStore
from responder_app.settings import AppSettings
from responder_app.ui.language import install_language
from responder_sim import start_session

HERE = os.path.dirname(os.path.abspath(__file__))
LANG = os.environ.get("SHOT_LANG", "en")
SHORT = {"en": "en", "zh_CN": "zh-CN", "vi": "vi"}[LANG]

# (alias, topic, minutes, what the client says, our reply or "")
CLIENTS = [
    ("Lisa Nguyen", "work stress", 30, "Hi, are you there? Today was awful at work.",
     "I'm here, Lisa. What happened today?"),
    ("Sam", "exam stress", 15, "My finals start on Monday and I can't focus.", ""),
    ("阿杰", "失恋了，想找人聊聊", 30, "在吗？我们分手了，我睡不着。",
     "我在的，阿杰。愿意说说发生了什么吗？"),
    ("Sam", "family", 30, "My parents keep fighting and I'm stuck in the middle.", ""),
    ("小美", "工作压力", 60, "今天被老板当众批评了，好难受。", ""),
    ("Trần Minh Anh", "chuyện gia đình", 30, "Chào bạn, mình muốn tâm sự một chút.", ""),
    ("Jess", "can't sleep", 15, "It's 2am here and my head won't stop.",
     "Hi Jess, I'm here with you."),
    ("MoonlightWalker", "just want to vent", 30, "Can I just vent for a bit?", ""),
    ("王小明同学", "考研焦虑", 15, "还有一个月就考研了，好焦虑。", ""),
    ("Oliver", "breakup", 30, "She left last week. I keep checking my phone.", ""),
]
LEAVER = 6  # Jess: answered, then leaves — her chat waits in the ended section
CURRENT = 0
DRAFT = {"en": "That sounds exhausting. Which part of today stays with you most?",
         "zh_CN": "听起来真的很累。今天最让你放不下的是哪一部分？",
         "vi": "Nghe thật mệt mỏi. Điều gì hôm nay làm bạn nặng lòng nhất?"}[LANG]


def save(widget, name):
    path = os.path.join(HERE, f"{name}-{SHORT}.png")
    widget.grab().save(path)
    print("wrote", path)


async def go(app):
    async with httpx.AsyncClient(timeout=15) as http:
        demo = DemoBackend(clients=0)
        settings = AppSettings.in_file(os.path.join(tempfile.mkdtemp(), "settings.ini"))
        settings.language = LANG
        install_language(app, LANG)
        c = AppController(http=http, settings=settings,
                          credentials=CredentialStore(keyring.backends.fail.Keyring()))
        clients = []
        try:
            acct = await demo.start(http)
            await c.sign_in(acct.server_url, acct.email, acct.password)
            await c.session.api.request("PUT", "/me/capacity", json={"max_concurrent": 10})
            c.window.resize(1280, 720)
            c.window.show()
            while c.stream is None or c.stream.status.state.value != "connected":
                await asyncio.sleep(0.05)
            for alias, topic, length, says, reply in CLIENTS:
                client = await start_session(acct.server_url, alias, topic, length)
                clients.append(client)
                await client.listen()
                await client.say(says)
                while client.conversation_id not in c.tabs_by_conversation_id:
                    await asyncio.sleep(0.05)
                if reply:
                    await asyncio.sleep(0.3)
                    await c.send(client.conversation_id, reply)
                await asyncio.sleep(0.4)
            await clients[LEAVER].leave()
            await asyncio.sleep(1.0)
            c.window.show_conversation(clients[CURRENT].conversation_id)
            await asyncio.sleep(3.0)  # the clocks run a little
            tab = c.window.current_tab
            tab.composer.setFocus()
            tab.composer.setPlainText(DRAFT)
            tab.composer.moveCursor(tab.composer.textCursor().MoveOperation.End)
            await asyncio.sleep(0.5)
            save(c.window, "busy-inbox")
            c.window.resize(640, 480)
            await asyncio.sleep(1.0)
            save(c.window, "busy-inbox-640")
            c.window.resize(1280, 720)
            # one chat answered and wrapped up, so the charts have today's figures
            await c.wrap_up(clients[LEAVER].conversation_id)
            await asyncio.sleep(1.0)
            earnings = c.earnings.show_panel()
            await asyncio.sleep(2.5)
            save(earnings, "charts-earnings")
            stats = c.reply_speed.show_stats()
            await asyncio.sleep(2.5)
            save(stats, "charts-statistics")
        finally:
            for client in clients:
                await client.close()
            await c.shutdown()
            await demo.stop()


app = create_application(sys.argv)
loop = qasync.QEventLoop(app)
asyncio.set_event_loop(loop)
with loop:
    loop.run_until_complete(go(app))
