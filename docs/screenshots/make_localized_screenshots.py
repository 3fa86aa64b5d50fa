"""Screenshots of the app in Chinese or Vietnamese: the inbox, the notes panel, earnings and
the statistics, from the real app against the real demo backend.

    SHOT_LANG=zh_CN scripts/desktop_session.sh .venv/bin/python \
        docs/screenshots/make_localized_screenshots.py
    SHOT_LANG=vi OUTFILE=/tmp/inbox.png scripts/desktop_session.sh ...

Writes inbox-<lang>.png, notes-<lang>.png, earnings-<lang>.png and statistics-<lang>.png
(<lang>: zh-CN or vi)
beside OUTFILE (default: this folder), at the app's default window size.
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
LANG = os.environ.get("SHOT_LANG", "zh_CN")
OUT_DIR = os.path.dirname(os.environ.get("OUTFILE", os.path.join(HERE, "inbox.png")))
SHORT = {"zh_CN": "zh-CN", "vi": "vi"}[LANG]

SCRIPTS = {
    "zh_CN": [
        ("小美", "工作压力", 30, [
            ("c", "你好，在吗？"),
            ("c", "今天被老板当着全组的面批评了，好难受。"),
            ("r", "我在的，小美。被当众批评真的很难受，谢谢你愿意跟我说。"),
            ("c", "我已经连续加班两周了，感觉自己快撑不住了。"),
            ("r", "连续两周加班，身体和心里都会很累。你最近睡得怎么样？"),
            ("c", "每天只睡五个小时，早上起来就害怕去公司。"),
        ]),
        ("阿杰", "考研焦虑", 15, [("c", "在吗？我下周就要考试了，一点都看不进去。")]),
        ("李雨", "家人", 60, [("c", "想找个人说说话。")]),
    ],
    "vi": [
        ("Linh", "công việc", 30, [
            ("c", "Chào bạn, mình đang rất mệt mỏi với công việc."),
            ("r", "Chào Linh, mình ở đây. Bạn kể cho mình nghe chuyện gì đã xảy ra nhé."),
            ("c", "Sếp giao cho mình quá nhiều việc mà không ai giúp cả."),
            ("c", "Mình không biết có nên nghỉ việc không."),
        ]),
        ("Minh", "thi cử", 15, [("c", "Tuần sau mình thi rồi mà chẳng học vào được gì.")]),
        ("Hoa", "gia đình", 60, [("c", "Mình chỉ muốn có ai đó để nói chuyện một lúc.")]),
    ],
}[LANG]
DRAFT = {"zh_CN": "你已经很努力了。那句话一定很伤人——",
         "vi": "Nghe bạn kể, mình thấy bạn đã cố gắng rất nhiều rồi."}[LANG]
NOTES = {"zh_CN": ("连续加班两周，睡眠五小时左右。被老板当众批评，很在意“水平”的评价。",
                   "小美", "不要直接劝辞职", "工作压力, 睡眠"),
         "vi": ("Làm thêm giờ hai tuần liền, ngủ ít. Đang phân vân có nên nghỉ việc.",
                "Linh", "Đừng khuyên nghỉ việc ngay", "công việc, mệt mỏi")}[LANG]


def save(widget, name):
    path = os.path.join(OUT_DIR, f"{name}-{SHORT}.png")
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
            # One chat answered and wrapped up, so earnings and statistics have figures.
            last = clients[-1]
            while last.conversation_id not in c.tabs_by_conversation_id:
                await asyncio.sleep(0.05)
            await c.send(last.conversation_id, "🙂")
            await asyncio.sleep(0.5)
            await c.wrap_up(last.conversation_id)
            first = clients[0]
            c.window.ui.tabs.setCurrentWidget(c.chat_tab(first.conversation_id))
            await asyncio.sleep(2.5)
            tab = c.window.current_tab
            tab.composer.setFocus()
            tab.composer.setPlainText(DRAFT)
            tab.composer.moveCursor(tab.composer.textCursor().MoveOperation.End)
            await asyncio.sleep(0.3)
            save(c.window, "inbox")
            panel = c.notes._panels.get(first.conversation_id)
            if panel is not None:
                text, call_me, avoid, tags = NOTES
                panel.ui.notesEdit.setPlainText(text)
                panel.ui.callMeEdit.setText(call_me)
                panel.ui.avoidEdit.setText(avoid)
                panel.ui.tagsEdit.setText(tags)
                await asyncio.sleep(1.5)
                save(panel, "notes")
            earnings = c.earnings.show_panel()
            await asyncio.sleep(2.5)
            save(earnings, "earnings")
            stats = c.reply_speed.show_stats()
            await asyncio.sleep(2.5)
            save(stats, "statistics")
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
