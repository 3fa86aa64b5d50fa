"""Regenerates docs/screenshots/*.png from the real app against the real demo backend.

    scripts/desktop_session.sh .venv/bin/python docs/screenshots/make_screenshots.py  # Xvfb

The backend runs as its own process (responder_app.demo); scripted clients use the public
client API through responder_sim, so the chats read the same every time.
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
from responder_app.ui.sign_in_dialog import SignInDialog
from responder_sim import start_session

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.environ.get("OUTFILE", os.path.join(HERE, "inbox.png"))

SCRIPTS = [
    ("小美", "工作压力", 30, [
        ("c", "你好，在吗？"),
        ("c", "今天被老板当着全组的面批评了，好难受。"),
        ("r", "我在的，小美。被当众批评真的很难受，谢谢你愿意跟我说。"),
        ("c", "我已经连续加班两周了，感觉自己快撑不住了。"),
        ("r", "连续两周加班，身体和心里都会很累。你最近睡得怎么样？"),
        ("c", "每天只睡五个小时，早上起来就害怕去公司。"),
        ("r", "听起来你一直在硬撑。今天发生的事情里，最让你难过的是哪一部分？"),
        ("c", "是他说“你这样的水平怎么还在这里”。我真的很努力了。"),
    ]),
    ("Sam", "exam stress", 15, [
        ("c", "Hi, is anyone there?"),
        ("c", "My finals start on Monday and I can't focus at all."),
        ("r", "Hi Sam, I'm here. That sounds like a lot of pressure — "
              "what happens when you sit down to study?"),
        ("c", "I keep opening the textbook and just staring at it."),
    ]),
    ("Linh", "công việc", 30, [
        ("c", "Chào bạn, mình đang rất mệt mỏi với công việc."),
        ("r", "Chào Linh, mình ở đây. Bạn kể cho mình nghe chuyện gì đã xảy ra nhé."),
        ("c", "Sếp giao cho mình quá nhiều việc mà không ai giúp cả."),
        ("c", "Mình không biết có nên nghỉ việc không."),
    ]),
    ("Jess", "family", 60, [
        ("c", "Hello. I just need to talk to someone for a bit."),
    ]),
]

async def sign_in_shot() -> None:
    dialog = SignInDialog(server_url="https://responder.example.com",
                          email="lin.yue@example.com", remember=True)
    dialog.ui.passwordEdit.setText("correct horse battery")
    dialog.show()
    await asyncio.sleep(0.3)
    dialog.ui.passwordEdit.deselect()
    dialog.ui.passwordEdit.end(False)
    await asyncio.sleep(0.1)
    dialog.grab().save(os.path.join(HERE, "sign-in.png"))
    dialog.close()


async def go(app):
    await sign_in_shot()
    async with httpx.AsyncClient(timeout=15) as http:
        demo = DemoBackend(clients=0)
        settings = AppSettings.in_file(os.path.join(tempfile.mkdtemp(), "settings.ini"))
        c = AppController(http=http, settings=settings,
                          credentials=CredentialStore(keyring.backends.fail.Keyring()))
        clients = []
        try:
            acct = await demo.start(http)
            await c.sign_in(acct.server_url, acct.email, acct.password)
            c.window.resize(1180, 760)
            while c.stream is None or c.stream.status.state.value != "connected":
                await asyncio.sleep(0.05)
            for alias, topic, length, lines in SCRIPTS:
                client = await start_session(acct.server_url, alias, topic, length)
                clients.append(client)
                await client.listen()
                for who, text in lines:
                    if who == "c":
                        await client.say(text)
                    else:
                        while client.conversation_id not in c.tabs_by_conversation_id:
                            await asyncio.sleep(0.05)
                        await c.send(client.conversation_id, text)
                    await asyncio.sleep(0.25)
                if alias == "小美":
                    c.window.ui.tabs.setCurrentWidget(c.chat_tab(client.conversation_id))
            await asyncio.sleep(2.5)
            tab = c.window.current_tab
            tab.composer.setFocus()
            tab.composer.setPlainText("你已经很努力了。那句话一定很伤人——")
            tab.composer.moveCursor(tab.composer.textCursor().MoveOperation.End)
            await asyncio.sleep(0.3)
            c.window.grab().save(OUT)
            for cid, t in list(c.tabs_by_conversation_id.items()):
                print(c.window.tab_text(cid), t.model.rowCount())
            for t in list(c.tabs_by_conversation_id.values()):
                name = {"Sam": "english", "Linh": "vietnamese"}.get(t.alias)
                if name:
                    c.window.ui.tabs.setCurrentWidget(t)
                    await asyncio.sleep(0.3)
                    c.window.grab().save(OUT.replace("inbox.png", f"inbox-{name}.png"))
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
