<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AbuseBanner</name>
    <message numerus="yes">
        <source>%1 has sent %n messages that look abusive. You don&apos;t have to take this: Block ends the chat, and they are never sent to you again.</source>
        <translation>
            <numerusform>%1 已经发来 %n 条疑似辱骂的消息。你不必忍受：屏蔽会立即结束对话，以后也不会再把 TA 分配给你。</numerusform>
        </translation>
    </message>
    <message>
        <source>Block…</source>
        <translation>屏蔽…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>知道了</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <source>Enter a name for clients to see.</source>
        <translation>请填写客户看到的名字。</translation>
    </message>
    <message numerus="yes">
        <source>That name is too long: at most %n characters.</source>
        <translation>
            <numerusform>名字太长了：最多 %n 个字。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Saved: clients now see you as %1.</source>
        <translation>已保存：客户现在看到的名字是 %1。</translation>
    </message>
    <message>
        <source>Your name for clients was not changed. %1</source>
        <translation>客户看到的名字没有保存。%1</translation>
    </message>
    <message>
        <source>The name clients &amp;see</source>
        <translation>客户看到的名字(&amp;S)</translation>
    </message>
    <message>
        <source>Clients see this name only after you have accepted them, never your display name. 1 to 20 characters; press Enter to save it.</source>
        <translation>客户在你接待之后才会看到这个名字，不会看到你的显示名称。1 到 20 个字，按 Enter 保存。</translation>
    </message>
</context>
<context>
    <name>AlertsFeature</name>
    <message>
        <source>Open the chat</source>
        <translation>打开对话</translation>
    </message>
    <message>
        <source>Notifications and sound</source>
        <translation>通知和声音</translation>
    </message>
    <message>
        <source>Presence and capacity</source>
        <translation>在线状态和接待量</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <source>Nothing can alert you here: no desktop notifications and no tray. Keep the Responder window in sight.</source>
        <translation>这里没有任何方式能提醒你：没有桌面通知，也没有托盘图标。请让 Responder 窗口保持在视线内。</translation>
    </message>
    <message>
        <source>New clients and messages pop up as desktop notifications.</source>
        <translation>新客户和新消息会以桌面通知弹出。</translation>
    </message>
    <message>
        <source>New clients and messages show as messages from the tray icon.</source>
        <translation>新客户和新消息会显示为托盘图标的提示。</translation>
    </message>
    <message numerus="yes">
        <source>Saved: at most %n chats at the same time.</source>
        <translation>
            <numerusform>已保存：最多同时接待 %n 个对话。</numerusform>
        </translation>
    </message>
    <message>
        <source>New client — say hello</source>
        <translation>新客户来了，打个招呼吧</translation>
    </message>
    <message>
        <source>A client</source>
        <translation>一位客户</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>新消息</translation>
    </message>
    <message>
        <source>%1 may be in crisis. Open the chat: the card there has the hotlines.</source>
        <translation>%1 可能处于危机中。请打开对话：那里的卡片上有求助热线。</translation>
    </message>
    <message>
        <source>Desktop notifications don&apos;t work on this computer. Keep the Responder window in sight so you see new clients.</source>
        <translation>这台电脑上无法显示桌面通知。请让 Responder 窗口保持在视线内，以免错过新客户。</translation>
    </message>
    <message>
        <source>Waiting for your answer for %1 s</source>
        <translation>已等你回复 %1 秒</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>That email and password don&apos;t match. Check them and try again.</source>
        <translation>邮箱和密码不匹配，请检查后再试。</translation>
    </message>
    <message>
        <source>You&apos;ve been signed out. Please sign in again.</source>
        <translation>你已退出登录，请重新登录。</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Please sign in again.</source>
        <translation>登录已过期，请重新登录。</translation>
    </message>
    <message>
        <source>This chat has ended, so you can&apos;t send messages to it any more.</source>
        <translation>这个对话已结束，不能再发送消息了。</translation>
    </message>
    <message>
        <source>This chat is still open.</source>
        <translation>这个对话还没结束。</translation>
    </message>
    <message>
        <source>That message is too long (the limit is 4,000 characters).</source>
        <translation>消息太长了（最多 4000 字）。</translation>
    </message>
    <message>
        <source>You can&apos;t send an empty message.</source>
        <translation>不能发送空消息。</translation>
    </message>
    <message>
        <source>That chat no longer exists.</source>
        <translation>这个对话已不存在。</translation>
    </message>
    <message>
        <source>You can&apos;t do that in this chat.</source>
        <translation>在这个对话里不能这样操作。</translation>
    </message>
    <message>
        <source>Your notes were changed on another computer. Check them and save again.</source>
        <translation>你的笔记在另一台电脑上被修改了，请核对后再保存。</translation>
    </message>
    <message>
        <source>That reply clashed with another one. Please send it again.</source>
        <translation>这条回复和另一条冲突了，请重新发送。</translation>
    </message>
    <message>
        <source>The server couldn&apos;t accept that. Check what you entered and try again.</source>
        <translation>服务器无法接受这个请求，请检查填写的内容后再试。</translation>
    </message>
    <message>
        <source>That is too large to send. Make it shorter and try again.</source>
        <translation>内容太长，无法发送。请删减后再试。</translation>
    </message>
    <message>
        <source>Something went wrong on the server. Please try again in a moment.</source>
        <translation>服务器出了点问题，请稍后再试。</translation>
    </message>
    <message>
        <source>The server refused that (HTTP %1).</source>
        <translation>服务器拒绝了这个请求（HTTP %1）。</translation>
    </message>
    <message>
        <source>Enter the address of your Responder server.</source>
        <translation>请输入 Responder 服务器地址。</translation>
    </message>
    <message>
        <source>“%1” isn&apos;t a server address. It should look like https://responder.example.com.</source>
        <translation>“%1”不是服务器地址。正确格式类似 https://responder.example.com。</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for a server on this computer. Use an https:// address.</source>
        <translation>只有本机上的服务器才能用 http://，请使用 https:// 地址。</translation>
    </message>
    <message>
        <source>You&apos;re not signed in.</source>
        <translation>你还没有登录。</translation>
    </message>
    <message>
        <source>The server at %1 took too long to answer. Check your internet connection.</source>
        <translation>服务器 %1 响应太慢，请检查网络连接。</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1. Check the address and your internet connection.</source>
        <translation>无法连接服务器 %1，请检查地址和网络连接。</translation>
    </message>
    <message>
        <source>The server at %1 answered with something that isn&apos;t Responder&apos;s API (HTTP %2). Check the server address.</source>
        <translation>服务器 %1 返回的不是 Responder 的接口（HTTP %2），请检查服务器地址。</translation>
    </message>
    <message>
        <source>Too many sign-in attempts. Try again in %1.</source>
        <translation>登录尝试次数过多，请 %1后再试。</translation>
    </message>
    <message>
        <source>Too many sign-in attempts. Please wait a little and try again.</source>
        <translation>登录尝试次数过多，请稍等片刻再试。</translation>
    </message>
    <message>
        <source>Too many requests for now. Try again in %1.</source>
        <translation>目前请求过于频繁，请在%1后再试。</translation>
    </message>
    <message>
        <source>Too many requests for now. Please wait a little and try again.</source>
        <translation>目前请求过于频繁，请稍等片刻再试。</translation>
    </message>
    <message>
        <source>The server at %1 answered with something that isn&apos;t Responder&apos;s API. Check the server address.</source>
        <translation>服务器 %1 返回的不是 Responder 的接口，请检查服务器地址。</translation>
    </message>
    <message>
        <source>Your saved sign-in is no longer valid. Please sign in again.</source>
        <translation>保存的登录信息已失效，请重新登录。</translation>
    </message>
    <message>
        <source>The server at %1 answered with something that isn&apos;t Responder&apos;s API.</source>
        <translation>服务器 %1 返回的不是 Responder 的接口。</translation>
    </message>
    <message>
        <source>a moment</source>
        <translation>片刻</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 秒</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 分钟</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Responder</source>
        <translation>Responder</translation>
    </message>
    <message numerus="yes">
        <source>%n replies haven&apos;t reached the server yet.</source>
        <translation>
            <numerusform>还有 %n 条回复没有发送到服务器。</numerusform>
        </translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Start-up</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>They are kept on this PC and will be sent the next time you start Responder. Wait a moment for them to go out now?</source>
        <translation>这些回复已保存在这台电脑上，下次打开 Responder 时会自动发送。要稍等一下，现在发出去吗？</translation>
    </message>
    <message>
        <source>Wait and quit</source>
        <translation>等发送完再退出</translation>
    </message>
    <message>
        <source>Quit now</source>
        <translation>立即退出</translation>
    </message>
    <message>
        <source>You&apos;re not signed in.</source>
        <translation>你还没有登录。</translation>
    </message>
    <message>
        <source>The server did not accept that name. Use 1 to 20 characters.</source>
        <translation>服务器没有接受这个名字。请用 1 到 20 个字。</translation>
    </message>
    <message>
        <source>Restart Responder to finish switching the language.</source>
        <translation>重启 Responder 即可完成语言切换。</translation>
    </message>
    <message>
        <source>The inbox and your chats have switched already. A few menus and open windows switch the next time you start Responder.</source>
        <translation>收件箱和对话已经切换好了。少数菜单和已打开的窗口会在下次启动 Responder 时切换。</translation>
    </message>
</context>
<context>
    <name>BlockDialog</name>
    <message>
        <source>Block %1?</source>
        <translation>要屏蔽 %1 吗？</translation>
    </message>
    <message>
        <source>The chat ends at once, and %1 is never sent to you again, in this or any later session. The operator is told.</source>
        <translation>对话会立即结束，%1 以后的任何会话都不会再分配给你。运营方会收到通知。</translation>
    </message>
    <message>
        <source>%1 may be in crisis. Before you block them, share the hotlines and ask a supervisor to look at this chat.</source>
        <translation>%1 可能处于危机中。屏蔽之前，请先把求助热线发给 TA，并请督导查看这个对话。</translation>
    </message>
    <message>
        <source>After the block, %1 keeps the hotlines on their page.</source>
        <translation>屏蔽之后，%1 的页面上仍会保留这些求助热线。</translation>
    </message>
    <message>
        <source>Hotlines shared with them ✓</source>
        <translation>已把求助热线发给 TA ✓</translation>
    </message>
    <message>
        <source>Flagged for a supervisor ✓</source>
        <translation>已标记为需要督导 ✓</translation>
    </message>
    <message>
        <source>Block this client</source>
        <translation>屏蔽这位客户</translation>
    </message>
    <message>
        <source>&amp;Share the hotlines with them first</source>
        <translation>先把求助热线发给 TA(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Flag this chat for a supervisor</source>
        <translation>请督导查看这个对话(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Note for the operator (optional)</source>
        <translation>给运营方的备注（可选）(&amp;N)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Block and end the chat</source>
        <translation>屏蔽并结束对话(&amp;B)</translation>
    </message>
</context>
<context>
    <name>BreakDialog</name>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>You&apos;ve been at it for %1 without a break. A few minutes away from the screen helps.</source>
        <translation>你已经连续工作 %1 没有休息了。离开屏幕几分钟会好受一些。</translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>That was a heavy chat. It&apos;s fine to take a few minutes for yourself before the next client.</source>
        <translation>刚才的对话比较沉重。接下一位客户之前，给自己留几分钟是完全可以的。</translation>
    </message>
    <message>
        <source>Take a break from new clients. Your current chats go on.</source>
        <translation>暂停接新客户，休息一下。正在进行的对话不受影响。</translation>
    </message>
    <message>
        <source>Time for a break?</source>
        <translation>休息一下吧？</translation>
    </message>
    <message>
        <source>Pause new clients &amp;for</source>
        <translation>暂停接新客户的时长(&amp;F)</translation>
    </message>
    <message>
        <source>Your current chats go on. New clients come again by themselves when the time is up.</source>
        <translation>正在进行的对话照常继续。时间到了会自动恢复接新客户。</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <source>&amp;Pause new clients</source>
        <translation>暂停接新客户(&amp;P)</translation>
    </message>
</context>
<context>
    <name>BubbleDelegate</name>
    <message>
        <source>click to show</source>
        <translation>点击查看</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>发送中…</translation>
    </message>
    <message>
        <source>Failed — click to retry</source>
        <translation>发送失败，点击重试</translation>
    </message>
    <message>
        <source>Sent ✓</source>
        <translation>已发送 ✓</translation>
    </message>
</context>
<context>
    <name>ChatTab</name>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>The time ran out and the chat with %1 has ended. Wrap up to close it.</source>
        <translation>时间已到，与 %1 的对话已结束。结束对话即可关闭。</translation>
    </message>
    <message>
        <source>The chat with %1 has ended. Wrap up to close it.</source>
        <translation>与 %1 的对话已结束。结束对话即可关闭。</translation>
    </message>
    <message>
        <source>%1 is now with another responder.</source>
        <translation>%1 已转给其他倾听者。</translation>
    </message>
    <message>
        <source>Wrapping up…</source>
        <translation>正在结束…</translation>
    </message>
    <message numerus="yes">
        <source>%n-min session</source>
        <translation>
            <numerusform>%n 分钟会话</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for your first reply · %1</source>
        <translation>等你的第一条回复 · %1</translation>
    </message>
    <message>
        <source>Client waiting · %1</source>
        <translation>客户在等 · %1</translation>
    </message>
    <message>
        <source>That message is too long (the limit is 4,000 characters).</source>
        <translation>消息太长了（最多 4000 字）。</translation>
    </message>
    <message>
        <source>The time for this chat ran out, so you can&apos;t send messages any more.</source>
        <translation>这次对话的时间已到，不能再发送消息了。</translation>
    </message>
    <message>
        <source>The chat with %1 has ended, so you can&apos;t send messages any more.</source>
        <translation>与 %1 的对话已结束，不能再发送消息了。</translation>
    </message>
    <message>
        <source>%1 left the chat, so you can&apos;t send messages any more.</source>
        <translation>%1 已离开对话，不能再发送消息了。</translation>
    </message>
    <message>
        <source>No topic given</source>
        <translation>未填写话题</translation>
    </message>
    <message>
        <source>The time ran out: the chat with %1 has ended</source>
        <translation>时间已到：与 %1 的对话已结束</translation>
    </message>
    <message>
        <source>You ended the chat with %1</source>
        <translation>你结束了与 %1 的对话</translation>
    </message>
    <message>
        <source>Nobody answered %1 in time: the chat has ended and is refunded</source>
        <translation>没有人及时回复 %1：对话已结束，款项全额退回</translation>
    </message>
    <message>
        <source>%1 left the chat</source>
        <translation>%1 已离开对话</translation>
    </message>
    <message>
        <source>%1 left the chat. Wrap up to close it.</source>
        <translation>%1 已离开对话。结束对话即可关闭。</translation>
    </message>
    <message>
        <source>Write a reply to %1…</source>
        <translation>回复 %1…</translation>
    </message>
    <message>
        <source>Click again to wrap up</source>
        <translation>再点一次结束对话</translation>
    </message>
    <message>
        <source>Wrap up</source>
        <translation>结束对话</translation>
    </message>
    <message>
        <source>Write a reply…</source>
        <translation>写下你的回复…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Enter to send · Shift+Enter for a new line</source>
        <translation>Enter 发送 · Shift+Enter 换行</translation>
    </message>
</context>
<context>
    <name>ClientFeedbackFeature</name>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 正在输入…</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No system keyring is available, so Responder can&apos;t remember your sign-in on this computer. You can still sign in.</source>
        <translation>系统钥匙串不可用，Responder 无法在这台电脑上记住你的登录。你仍然可以正常登录。</translation>
    </message>
</context>
<context>
    <name>DaySummaryDialog</name>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>You were online for %1.</source>
        <translation>今天你在线 %1。</translation>
    </message>
    <message numerus="yes">
        <source>You talked with %n clients.</source>
        <translation>
            <numerusform>你和 %n 位客户聊了天。</numerusform>
        </translation>
    </message>
    <message>
        <source>No chats today.</source>
        <translation>今天还没有对话。</translation>
    </message>
    <message numerus="yes">
        <source>%n of those chats were heavy (a crisis or abusive messages).</source>
        <translation>
            <numerusform>其中 %n 个对话比较沉重（涉及危机或辱骂）。</numerusform>
        </translation>
    </message>
    <message>
        <source>None of them was flagged as heavy.</source>
        <translation>没有对话被标记为沉重。</translation>
    </message>
    <message>
        <source>Heavy chats can stay with you. Talk to someone you trust, or to the operator, if you need to.</source>
        <translation>沉重的对话可能会一直留在心里。如果需要，可以和信任的人聊聊，或者联系运营方。</translation>
    </message>
    <message>
        <source>Thank you for listening today.</source>
        <translation>谢谢你今天的倾听。</translation>
    </message>
    <message>
        <source>Your day</source>
        <translation>你的今天</translation>
    </message>
</context>
<context>
    <name>EarningsFeature</name>
    <message>
        <source>&amp;Earnings…</source>
        <translation>收入(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the ledger</source>
        <translation>导出收支明细</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n entries to %1.</source>
        <translation>
            <numerusform>已将 %n 条记录保存到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EarningsPanel</name>
    <message>
        <source>Net earnings, last 30 days</source>
        <translation>近 30 天净收入</translation>
    </message>
    <message>
        <source>Loading your earnings…</source>
        <translation>正在加载你的收入…</translation>
    </message>
    <message>
        <source>Amounts after the platform&apos;s commission; tips are yours in full. Days are counted in %1.</source>
        <translation>金额已扣除平台抽成，打赏全部归你。日期按%1计算。</translation>
    </message>
    <message>
        <source>Day rate</source>
        <translation>日间价</translation>
    </message>
    <message>
        <source>Night rate</source>
        <translation>夜间价</translation>
    </message>
    <message>
        <source>night rate</source>
        <translation>夜间价</translation>
    </message>
    <message>
        <source>day rate</source>
        <translation>日间价</translation>
    </message>
    <message>
        <source>in %1 h %2 min</source>
        <translation>还有 %1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>in %1 min</source>
        <translation>还有 %1 分钟</translation>
    </message>
    <message>
        <source>%1 min %2</source>
        <translation>%1 分钟 %2</translation>
    </message>
    <message>
        <source>Now: %1 (%2). %3 from %4, %5.</source>
        <translation>当前：%1（%2）。%4 起为%3，%5。</translation>
    </message>
    <message>
        <source>%1/h</source>
        <translation>%1/小时</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 / %2（%3%）</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>净收入</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>The export range ends before it starts.</source>
        <translation>导出的结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>What you earned, and what is owed to you</source>
        <translation>你赚了多少，还有多少待结算</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Net earnings</source>
        <translation>净收入</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>会话数</translation>
    </message>
    <message>
        <source>Per hour online</source>
        <translation>每在线小时</translation>
    </message>
    <message>
        <source>Owed to you (pending)</source>
        <translation>待结算</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>已结算</translation>
    </message>
    <message>
        <source>Monthly goal</source>
        <translation>月目标</translation>
    </message>
    <message>
        <source>Your monthly goal in yuan</source>
        <translation>你的月收入目标（元）</translation>
    </message>
    <message>
        <source>¥</source>
        <translation>¥</translation>
    </message>
    <message>
        <source>Export the ledger for bookkeeping, from</source>
        <translation>导出收支明细用于记账，从</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
</context>
<context>
    <name>EventStream</name>
    <message>
        <source>The server closed the event stream.</source>
        <translation>服务器关闭了连接。</translation>
    </message>
    <message>
        <source>Lost the connection to %1 (%2).</source>
        <translation>与 %1 的连接断开了（%2）。</translation>
    </message>
</context>
<context>
    <name>FeatureHost</name>
    <message>
        <source>Chats</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Replying</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>The client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>The app</source>
        <translation>应用</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
</context>
<context>
    <name>HandoffCard</name>
    <message>
        <source>This client may be thinking of suicide</source>
        <translation>这位客户可能有轻生的念头</translation>
    </message>
    <message>
        <source>This client may be hurting themselves</source>
        <translation>这位客户可能在伤害自己</translation>
    </message>
    <message>
        <source>Someone may be in danger of violence</source>
        <translation>可能有人面临暴力危险</translation>
    </message>
    <message>
        <source>This client may be facing abuse at home</source>
        <translation>这位客户可能正在遭受家庭暴力</translation>
    </message>
    <message>
        <source>This client may be in crisis</source>
        <translation>这位客户可能处于危机中</translation>
    </message>
    <message>
        <source>Stay calm and keep listening. Ask whether anyone is in danger right now. If someone is, encourage them to call the police now. You don&apos;t have to handle this alone: flag it for a supervisor.</source>
        <translation>保持冷静，继续倾听。问一问现在是否有人处于危险中。如果有，鼓励对方立即报警。你不必独自处理：可以标记为需要督导。</translation>
    </message>
    <message>
        <source>Stay calm and keep listening. Ask whether they are safe where they are now. Share the numbers below; if they are in danger now, encourage them to call the police. You don&apos;t have to handle this alone: flag it for a supervisor.</source>
        <translation>保持冷静，继续倾听。问一问对方现在所在的地方是否安全。把下面的电话分享给对方；如果现在有危险，鼓励对方报警。你不必独自处理：可以标记为需要督导。</translation>
    </message>
    <message>
        <source>Stay with them and keep talking gently. It&apos;s all right to ask plainly whether they are safe right now. Share the numbers below; if they are in danger now, encourage them to call the emergency number. You don&apos;t have to handle this alone: flag it for a supervisor.</source>
        <translation>陪着对方，温和地继续聊。可以直接问对方现在是否安全，这没有关系。把下面的电话分享给对方；如果现在有危险，鼓励对方拨打急救电话。你不必独自处理：可以标记为需要督导。</translation>
    </message>
    <message>
        <source>mainland China</source>
        <translation>中国大陆</translation>
    </message>
    <message>
        <source>Viet Nam</source>
        <translation>越南</translation>
    </message>
    <message>
        <source>anywhere else</source>
        <translation>其他地区</translation>
    </message>
    <message>
        <source>Their message contains “%1”.</source>
        <translation>对方的消息中有“%1”。</translation>
    </message>
    <message>
        <source>Hotlines for %1</source>
        <translation>%1的求助电话</translation>
    </message>
    <message>
        <source>No hotlines are listed.</source>
        <translation>没有列出求助电话。</translation>
    </message>
    <message>
        <source>Shared with the client ✓</source>
        <translation>已分享给客户 ✓</translation>
    </message>
    <message>
        <source>Flagged for a supervisor ✓</source>
        <translation>已标记为需要督导 ✓</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Share resources with the client</source>
        <translation>把求助资源分享给客户</translation>
    </message>
    <message>
        <source>Flag for supervisor</source>
        <translation>标记为需要督导</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <source>%1 was reassigned to another responder</source>
        <translation>%1 已转给其他倾听者</translation>
    </message>
    <message>
        <source>You&apos;re not signed in.</source>
        <translation>你还没有登录。</translation>
    </message>
    <message>
        <source>Not sent yet: %1 Your reply is kept on this PC and goes out as soon as the server answers.</source>
        <translation>尚未发送：%1 你的回复已保存在这台电脑上，服务器一恢复就会发出。</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Next &amp;waiting client</source>
        <translation>下一位等待中的客户(&amp;W)</translation>
    </message>
    <message>
        <source>Next chat</source>
        <translation>下一个对话</translation>
    </message>
    <message>
        <source>Previous chat</source>
        <translation>上一个对话</translation>
    </message>
    <message>
        <source>Go to the reply b&amp;ox</source>
        <translation>回到回复框(&amp;O)</translation>
    </message>
    <message>
        <source>Nobody is waiting for your answer.</source>
        <translation>现在没有人在等你的回复。</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Language of the app</source>
        <translation>应用语言(&amp;L)</translation>
    </message>
    <message>
        <source>The inbox and your chats switch at once; a few menus switch the next time you start Responder. Dates, times and money follow the language too.</source>
        <translation>收件箱和对话会立即切换；少数菜单在下次启动 Responder 时切换。日期、时间和金额也随语言显示。</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>entry_id</source>
        <translation>条目编号</translation>
    </message>
    <message>
        <source>posted_at</source>
        <translation>入账时间</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>conversation_id</source>
        <translation>对话编号</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>客户昵称</translation>
    </message>
    <message>
        <source>length_minutes</source>
        <translation>时长（分钟）</translation>
    </message>
    <message>
        <source>window</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>gross_fen</source>
        <translation>总额（分）</translation>
    </message>
    <message>
        <source>commission_fen</source>
        <translation>平台抽成（分）</translation>
    </message>
    <message>
        <source>tip_fen</source>
        <translation>打赏（分）</translation>
    </message>
    <message>
        <source>net_fen</source>
        <translation>净收入（分）</translation>
    </message>
    <message>
        <source>net_cny</source>
        <translation>净收入（元）</translation>
    </message>
    <message>
        <source>payout_id</source>
        <translation>结算编号</translation>
    </message>
    <message>
        <source>corrects_entry_id</source>
        <translation>更正的条目编号</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>left</source>
        <translation>已离开</translation>
    </message>
    <message>
        <source>%1 left the chat</source>
        <translation>%1 已离开对话</translation>
    </message>
    <message>
        <source>The time ran out: the chat with %1 has ended</source>
        <translation>时间已到：与 %1 的对话已结束</translation>
    </message>
    <message>
        <source>No topic given</source>
        <translation>未填写话题</translation>
    </message>
    <message>
        <source>time up</source>
        <translation>时间到</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>危机</translation>
    </message>
    <message>
        <source>%1 may be in crisis</source>
        <translation>%1 可能处于危机中</translation>
    </message>
    <message>
        <source>Responder — %1</source>
        <translation>Responder — %1</translation>
    </message>
    <message>
        <source>You&apos;re away. No new clients will be sent to you.</source>
        <translation>你现在是离开状态，不会有新客户分配给你。</translation>
    </message>
    <message>
        <source>Switch to Online in the status bar when you&apos;re ready for the next chat.</source>
        <translation>准备好接下一位客户时，在状态栏切换为“在线”。</translation>
    </message>
    <message>
        <source>You&apos;re online. New clients will appear here.</source>
        <translation>你已在线，新客户会出现在这里。</translation>
    </message>
    <message>
        <source>Each client opens in its own tab. Take a breath — the next chat may start any second.</source>
        <translation>每位客户都会在单独的标签页中打开。深呼吸，下一个对话随时可能开始。</translation>
    </message>
    <message>
        <source>Getting your inbox ready…</source>
        <translation>正在准备你的收件箱…</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已回复</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Reassigned</source>
        <translation>已转给他人</translation>
    </message>
    <message>
        <source>Ended · wrap up to close</source>
        <translation>已结束 · 收尾后关闭</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>会话列表</translation>
    </message>
    <message>
        <source>Responder</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>账户(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>对话(&amp;C)</translation>
    </message>
    <message>
        <source>Go &amp;online</source>
        <translation>上线(&amp;O)</translation>
    </message>
    <message>
        <source>Go &amp;away</source>
        <translation>暂时离开(&amp;A)</translation>
    </message>
    <message>
        <source>Sign o&amp;ut</source>
        <translation>退出登录(&amp;U)</translation>
    </message>
    <message>
        <source>Ne&amp;xt chat</source>
        <translation>下一个对话(&amp;X)</translation>
    </message>
    <message>
        <source>Wrap &amp;up this chat…</source>
        <translation>结束这个对话(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+Tab</source>
        <translation>Ctrl+Tab</translation>
    </message>
    <message>
        <source>&amp;Previous chat</source>
        <translation>上一个对话(&amp;P)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Tab</source>
        <translation>Ctrl+Shift+Tab</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Save merged notes</source>
        <translation>保存合并后的笔记</translation>
    </message>
    <message>
        <source>Call them: %1</source>
        <translation>称呼：%1</translation>
    </message>
    <message>
        <source>Avoid: %1</source>
        <translation>避免：%1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>Merge notes</source>
        <translation>合并笔记</translation>
    </message>
    <message>
        <source>These notes were saved on another PC while you were editing here. Nothing has been overwritten: compare both versions and keep what you want below.</source>
        <translation>你在这里编辑时，另一台电脑保存了这些笔记。内容都没有被覆盖：对比两个版本，在下面保留你想要的内容。</translation>
    </message>
    <message>
        <source>On this PC (not saved)</source>
        <translation>这台电脑上（未保存）</translation>
    </message>
    <message>
        <source>Saved from another PC</source>
        <translation>另一台电脑保存的</translation>
    </message>
    <message>
        <source>&amp;Call them</source>
        <translation>称呼(&amp;C)</translation>
    </message>
    <message>
        <source>A&amp;void</source>
        <translation>避免(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>标签(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Merged notes (this is what will be saved)</source>
        <translation>合并后的笔记(&amp;M)（将保存这一版）</translation>
    </message>
</context>
<context>
    <name>MyPageDialog</name>
    <message>
        <source>The operator has hidden your page: clients who open it are told there is no such page.</source>
        <translation>平台已隐藏你的页面：客户打开时会看到“找不到这个页面”。</translation>
    </message>
    <message>
        <source>(Nothing about you yet)</source>
        <translation>（还没有介绍）</translation>
    </message>
    <message>
        <source>Likes to talk about: %1</source>
        <translation>喜欢聊：%1</translation>
    </message>
    <message>
        <source>Would rather not: %1</source>
        <translation>不太聊：%1</translation>
    </message>
    <message>
        <source>My page</source>
        <translation>我的页面</translation>
    </message>
    <message>
        <source>Clients who find you on WeChat Moments, Xiaohongshu or a freelance app can open your page, see when you can talk and pay for a chat with you. Write it in your own words; no contact details: payment and safety only hold inside the platform.</source>
        <translation>在朋友圈、小红书或接单平台看到你的客户，可以打开你的页面，看你什么时候能聊，并付款和你聊天。用你自己的话写；不要写联系方式：付款和安全只在平台内有保障。</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>xiaolin</source>
        <translation>xiaolin</translation>
    </message>
    <message>
        <source>&amp;About you</source>
        <translation>介绍(&amp;B)</translation>
    </message>
    <message>
        <source>I can chat with you about life, work, love, or just listen.</source>
        <translation>可以陪你聊生活、工作、感情，或者只是听你说说。</translation>
    </message>
    <message>
        <source>&amp;Likes to talk about</source>
        <translation>喜欢聊(&amp;L)</translation>
    </message>
    <message>
        <source>work, love, family (commas between)</source>
        <translation>工作、感情、家庭（用逗号或顿号隔开）</translation>
    </message>
    <message>
        <source>Would rather &amp;not</source>
        <translation>不太聊(&amp;N)</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>越南语</translation>
    </message>
    <message>
        <source>What clients see</source>
        <translation>客户看到的样子</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>复制地址(&amp;C)</translation>
    </message>
    <message>
        <source>Save &amp;QR code…</source>
        <translation>保存二维码(&amp;Q)…</translation>
    </message>
    <message>
        <source>Save s&amp;hare image…</source>
        <translation>保存分享图(&amp;H)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>NextPayoutSection</name>
    <message>
        <source>Next payout</source>
        <translation>下一笔打款</translation>
    </message>
    <message>
        <source>Loading your next payout…</source>
        <translation>正在读取下一笔打款…</translation>
    </message>
    <message>
        <source>Payout account…</source>
        <translation>收款账户…</translation>
    </message>
    <message>
        <source>Pending %1 · tax withheld about %2 · you would receive %3</source>
        <translation>待打款 %1 · 预计代扣税 %2 · 实收 %3</translation>
    </message>
    <message>
        <source>Paid in the next payout run when it is at least %1.</source>
        <translation>达到 %1 时随下一批打款发放。</translation>
    </message>
    <message>
        <source>No payout account yet: add one to be paid.</source>
        <translation>还没有收款账户：添加后才能收到打款。</translation>
    </message>
    <message>
        <source>Add a payout account…</source>
        <translation>添加收款账户…</translation>
    </message>
    <message>
        <source>Paid to your %1 %2</source>
        <translation>打到你的%1 %2</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>更换…</translation>
    </message>
    <message>
        <source>On its way: %1, %2.</source>
        <translation>在途：%1，%2。</translation>
    </message>
    <message>
        <source>Scan with WeChat to confirm receipt of %1 (within 24 hours)</source>
        <translation>用微信扫码确认收款 %1（24 小时内）</translation>
    </message>
</context>
<context>
    <name>NotesFeature</name>
    <message>
        <source>The client&apos;s &amp;notes</source>
        <translation>客户笔记(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Search notes and past chats</source>
        <translation>搜索笔记和过往对话(&amp;S)</translation>
    </message>
    <message>
        <source>Could not load the notes: %1</source>
        <translation>无法加载笔记：%1</translation>
    </message>
    <message>
        <source>Could not keep the draft on this PC: %1</source>
        <translation>无法在这台电脑上保存草稿：%1</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Notes on %1</source>
        <translation>关于 %1 的笔记</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message numerus="yes">
        <source>Returning client · %n earlier session(s) with you</source>
        <translation>
            <numerusform>老客户 · 之前和你聊过 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Returning client · you have notes on them</source>
        <translation>老客户 · 你有关于TA的笔记</translation>
    </message>
    <message>
        <source>no topic</source>
        <translation>无话题</translation>
    </message>
    <message>
        <source>Refunded · no reply</source>
        <translation>已退款 · 无人回复</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Kept on this PC · saving soon</source>
        <translation>已存在本机 · 即将保存</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
    <message>
        <source>Kept on this PC · saves when the server is back</source>
        <translation>已存在本机 · 服务器恢复后保存</translation>
    </message>
    <message>
        <source>Changed on another PC</source>
        <translation>已在另一台电脑上修改</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>结束备注</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>没有找到“%1”。</translation>
    </message>
    <message>
        <source>Delete notes</source>
        <translation>删除笔记</translation>
    </message>
    <message>
        <source>Delete your notes on %1? You can undo this for a minute.</source>
        <translation>删除你对 %1 的笔记？一分钟内可以撤销。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Keep notes</source>
        <translation>保留笔记</translation>
    </message>
    <message>
        <source>Notes deleted.</source>
        <translation>笔记已删除。</translation>
    </message>
    <message>
        <source>&amp;Delete notes</source>
        <translation>删除笔记(&amp;D)</translation>
    </message>
    <message>
        <source>These notes were changed on another PC. Your edits are kept here.</source>
        <translation>这些笔记在另一台电脑上被修改了。你的修改仍保留在这里。</translation>
    </message>
    <message>
        <source>Compare and &amp;merge…</source>
        <translation>对比并合并(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Call them</source>
        <translation>称呼(&amp;C)</translation>
    </message>
    <message>
        <source>How they like to be called</source>
        <translation>TA 喜欢的称呼</translation>
    </message>
    <message>
        <source>A&amp;void</source>
        <translation>避免(&amp;V)</translation>
    </message>
    <message>
        <source>Topics to avoid</source>
        <translation>要避开的话题</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>标签(&amp;T)</translation>
    </message>
    <message>
        <source>exam stress, long-distance couple</source>
        <translation>考试压力, 异地恋</translation>
    </message>
    <message>
        <source>Their story, what hurts, what helped…</source>
        <translation>TA 的故事、难过的事、有帮助的话…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Search notes and past chats</source>
        <translation>搜索笔记和以往对话</translation>
    </message>
</context>
<context>
    <name>NotificationWarning</name>
    <message>
        <source>Nothing can alert you on this computer: no desktop notifications and no tray icon. Keep this window in sight to see new clients.</source>
        <translation>这台电脑上没有任何方式能提醒你：没有桌面通知，也没有托盘图标。请让这个窗口保持在视线内，才能看到新客户。</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>重新检查(&amp;A)</translation>
    </message>
</context>
<context>
    <name>NotificationsPage</name>
    <message>
        <source>Sound</source>
        <translation>声音</translation>
    </message>
    <message>
        <source>&amp;Mute the new-client sound</source>
        <translation>新客户提示音静音(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Volume</source>
        <translation>音量(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>试听(&amp;P)</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>免打扰时段</translation>
    </message>
    <message>
        <source>&amp;No sound or pop-ups during these hours</source>
        <translation>这段时间不响铃、不弹通知(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>到(&amp;U)</translation>
    </message>
</context>
<context>
    <name>OfferBanner</name>
    <message>
        <source>%1 is waiting for a responder. Take this client to start the chat.</source>
        <translation>%1 在等人回复。接单后即可开始对话。</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>接单</translation>
    </message>
    <message>
        <source>Taking…</source>
        <translation>接单中…</translation>
    </message>
    <message>
        <source>%1 was reassigned to another responder: no first reply within %2.</source>
        <translation>%1 已转给其他倾听者：%2 内没有第一条回复。</translation>
    </message>
    <message>
        <source>Close tab</source>
        <translation>关闭标签页</translation>
    </message>
</context>
<context>
    <name>OneLine</name>
    <message>
        <source>Show less</source>
        <translation>收起</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>展开</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Your reply couldn&apos;t be saved on this computer because the disk is full, so it wasn&apos;t sent. Free up some space, then send it again.</source>
        <translation>磁盘已满，回复无法保存在这台电脑上，所以没有发出。请腾出一些空间后重新发送。</translation>
    </message>
    <message>
        <source>Your reply couldn&apos;t be saved on this computer (Responder may not write to %1), so it wasn&apos;t sent. Check that folder, then send it again.</source>
        <translation>回复无法保存在这台电脑上（Responder 没有 %1 的写入权限），所以没有发出。请检查该文件夹后重新发送。</translation>
    </message>
    <message>
        <source>Your reply couldn&apos;t be saved on this computer (%1), so it wasn&apos;t sent. Please send it again.</source>
        <translation>回复无法保存在这台电脑上（%1），所以没有发出。请重新发送。</translation>
    </message>
    <message>
        <source>Responder is already open for this account on this computer. Send your reply from that window.</source>
        <translation>这个账户已在这台电脑上打开了 Responder，请在那个窗口里发送回复。</translation>
    </message>
    <message>
        <source>You&apos;re not signed in any more, so your reply wasn&apos;t sent.</source>
        <translation>你已不在登录状态，回复没有发出。</translation>
    </message>
    <message>
        <source>Replies saved earlier on this computer couldn&apos;t be read (%1), so new ones can&apos;t be saved either.</source>
        <translation>之前保存在这台电脑上的回复无法读取（%1），新的回复也无法保存。</translation>
    </message>
    <message>
        <source>Your reply couldn&apos;t be sent (%1).</source>
        <translation>回复没能发出（%1）。</translation>
    </message>
</context>
<context>
    <name>PageStatsSection</name>
    <message>
        <source>Week of</source>
        <translation>周（起始日）</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>访问</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>聊天</translation>
    </message>
    <message>
        <source>Returning clients</source>
        <translation>回头客</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>You have no page yet: Account ▸ My page.</source>
        <translation>你还没有页面：账户 ▸ 我的页面。</translation>
    </message>
    <message>
        <source>Your page</source>
        <translation>你的页面</translation>
    </message>
</context>
<context>
    <name>PauseStatus</name>
    <message>
        <source>New clients paused until tomorrow (your daily limit)</source>
        <translation>已暂停接新客户，明天恢复（已达每日上限）</translation>
    </message>
    <message>
        <source>New clients paused · %1 left</source>
        <translation>已暂停接新客户 · 还剩 %1</translation>
    </message>
    <message>
        <source>Resume now</source>
        <translation>现在恢复</translation>
    </message>
</context>
<context>
    <name>PayoutAccountsFeature</name>
    <message>
        <source>Payouts</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Pa&amp;yout account…</source>
        <translation>收款账户(&amp;Y)…</translation>
    </message>
    <message>
        <source>You&apos;re not signed in.</source>
        <translation>你还没有登录。</translation>
    </message>
    <message>
        <source>Your identity is already on file. To correct your real name or ID number, ask the operator.</source>
        <translation>你的身份信息已经登记过了。如需更正姓名或身份证号，请联系运营方。</translation>
    </message>
    <message>
        <source>Give your real name and ID number first: payouts go only to an account in your real name.</source>
        <translation>请先填写真实姓名和身份证号：收益只能转入你本人实名的账户。</translation>
    </message>
    <message>
        <source>This server is not set up to keep identity details yet. Please tell the operator.</source>
        <translation>服务器还没有设置好保存身份信息的功能，请告诉运营方。</translation>
    </message>
    <message>
        <source>This server cannot pay to WeChat yet. Bind Alipay instead, or ask the operator.</source>
        <translation>平台暂时不能转账到微信。可以改为绑定支付宝，或联系运营方。</translation>
    </message>
    <message>
        <source>The server did not accept these details. Please check them and try again.</source>
        <translation>服务器没有接受这些信息，请检查后再试。</translation>
    </message>
</context>
<context>
    <name>PayoutAccountsPage</name>
    <message>
        <source>Reading your payout details…</source>
        <translation>正在读取收款信息…</translation>
    </message>
    <message>
        <source>Real name: %1 · ID number: %2</source>
        <translation>真实姓名：%1 · 身份证号：%2</translation>
    </message>
    <message>
        <source>%1 %2, bound %3</source>
        <translation>%1 %2，%3 绑定</translation>
    </message>
    <message>
        <source>To be paid elsewhere, bind another account below: it replaces this one.</source>
        <translation>想换一个收款账户，在下面绑定新的即可，会替换现在这个。</translation>
    </message>
    <message>
        <source>To be paid, first give your identity for tax, then bind an account.</source>
        <translation>要收到收益，请先填写报税用的身份信息，再绑定收款账户。</translation>
    </message>
    <message>
        <source>No account is bound: your earnings wait until you bind Alipay or WeChat.</source>
        <translation>还没有绑定收款账户：绑定支付宝或微信之前，收益会先留在平台。</translation>
    </message>
    <message>
        <source>Your payouts go to %1 %2.</source>
        <translation>收益将转入%1 %2。</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <source>Test account</source>
        <translation>测试账户</translation>
    </message>
    <message>
        <source>Unbind payout account</source>
        <translation>解除绑定收款账户</translation>
    </message>
    <message>
        <source>Unbind %1 %2? Your earnings will wait, unpaid, until you bind an account again.</source>
        <translation>要解除绑定%1 %2吗？解除后，收益会先留在平台，直到你重新绑定账户。</translation>
    </message>
    <message>
        <source>Unbind</source>
        <translation>解除绑定</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Open WeChat on your phone, tap + then Scan, and scan this code. WeChat asks nothing more: this page changes by itself once it is bound. The code works once, until %1.</source>
        <translation>在手机上打开微信，点右上角“+”，选“扫一扫”，扫描这个二维码。微信不会再要求别的操作：绑定好后这里会自动更新。二维码只能用一次，%1 前有效。</translation>
    </message>
    <message>
        <source>The QR code expired before it was scanned. Choose Bind WeChat to get a new one.</source>
        <translation>二维码在扫描前已经过期。请点“绑定微信”重新生成。</translation>
    </message>
    <message>
        <source>Your identity, for tax</source>
        <translation>身份信息（用于报税）</translation>
    </message>
    <message>
        <source>The platform withholds income tax on what it pays you and reports it under your real name, as Chinese tax law requires. Give them once, exactly as on your resident ID card; they are kept encrypted and only shown masked. To correct them later, ask the operator.</source>
        <translation>按照中国税法，平台给你付款时要代扣个人所得税，并以你的真实姓名申报。请按居民身份证上的信息填写，只需填写一次；信息会加密保存，显示时只露出部分内容。以后如需更正，请联系运营方。</translation>
    </message>
    <message>
        <source>Real &amp;name</source>
        <translation>真实姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;ID number</source>
        <translation>身份证号(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Save identity</source>
        <translation>保存身份信息(&amp;S)</translation>
    </message>
    <message>
        <source>Where you are paid</source>
        <translation>收款账户</translation>
    </message>
    <message>
        <source>&amp;Unbind…</source>
        <translation>解除绑定(&amp;U)…</translation>
    </message>
    <message>
        <source>Choose one: payouts go to your Alipay account, or to your WeChat balance. Either must be in your real name.</source>
        <translation>二选一：收益转入你的支付宝账户，或者微信零钱。账户都必须是你本人实名的。</translation>
    </message>
    <message>
        <source>&amp;Alipay account</source>
        <translation>支付宝账号(&amp;A)</translation>
    </message>
    <message>
        <source>Mobile number or email</source>
        <translation>手机号或邮箱</translation>
    </message>
    <message>
        <source>Bind &amp;Alipay</source>
        <translation>绑定支付宝(&amp;B)</translation>
    </message>
    <message>
        <source>Bind &amp;WeChat…</source>
        <translation>绑定微信(&amp;W)…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>取消(&amp;N)</translation>
    </message>
</context>
<context>
    <name>PayoutChecks</name>
    <message>
        <source>Enter your real name, exactly as on your ID card.</source>
        <translation>请填写真实姓名，和身份证上的一致。</translation>
    </message>
    <message>
        <source>Enter your 18-character resident ID number.</source>
        <translation>请填写 18 位居民身份证号码。</translation>
    </message>
    <message>
        <source>An ID number has 18 characters: 17 digits, then a digit or X. Please check it against your ID card.</source>
        <translation>身份证号码是 18 位：前 17 位是数字，最后一位是数字或 X。请对照身份证检查。</translation>
    </message>
    <message>
        <source>This ID number does not add up: its last character does not match the others, so one character is probably mistyped. Please check it against your ID card.</source>
        <translation>这个身份证号码对不上：最后一位校验码和前面的数字不符，可能有一位输错了。请对照身份证检查。</translation>
    </message>
    <message>
        <source>A real name is 2 to 40 letters (Chinese characters or Latin letters), as on your ID card.</source>
        <translation>真实姓名是 2 到 40 个字（汉字或拉丁字母），和身份证上的一致。</translation>
    </message>
    <message>
        <source>Enter your Alipay account: the mobile number or email you sign in to Alipay with.</source>
        <translation>请填写支付宝账号：就是你登录支付宝用的手机号或邮箱。</translation>
    </message>
    <message>
        <source>An Alipay account is a mainland mobile number (11 digits) or an email address.</source>
        <translation>支付宝账号是中国大陆手机号（11 位）或邮箱地址。</translation>
    </message>
</context>
<context>
    <name>PayoutReasons</name>
    <message>
        <source>Not confirmed in WeChat within 24 hours.</source>
        <translation>24 小时内未在微信中确认收款。</translation>
    </message>
    <message>
        <source>The real name does not match the account.</source>
        <translation>实名与收款账户不一致。</translation>
    </message>
    <message>
        <source>The account has not completed real-name verification.</source>
        <translation>收款账户未完成实名认证。</translation>
    </message>
    <message>
        <source>The account does not exist.</source>
        <translation>收款账户不存在。</translation>
    </message>
    <message>
        <source>The account cannot receive money at the moment.</source>
        <translation>收款账户暂时无法收款。</translation>
    </message>
    <message>
        <source>The account has reached its limit for receiving money.</source>
        <translation>收款账户已达收款限额。</translation>
    </message>
    <message>
        <source>The platform cannot make transfers at the moment.</source>
        <translation>平台暂时无法转账。</translation>
    </message>
    <message>
        <source>The platform cancelled the transfer.</source>
        <translation>平台已撤销这笔转账。</translation>
    </message>
    <message>
        <source>The provider did not complete the transfer.</source>
        <translation>支付机构未完成这笔转账。</translation>
    </message>
    <message>
        <source>Your real name is needed for this payout.</source>
        <translation>此次提现需要您的真实姓名。</translation>
    </message>
    <message>
        <source>The amount is below the smallest transfer of ¥0.10.</source>
        <translation>金额低于最低转账金额 ¥0.10。</translation>
    </message>
    <message>
        <source>The amount is over the largest single payout of ¥100,000.</source>
        <translation>金额超过单笔最高 ¥100,000。</translation>
    </message>
    <message>
        <source>the provider refused the transfer</source>
        <translation>支付机构拒绝了这笔转账</translation>
    </message>
    <message>
        <source>the money came back</source>
        <translation>款项已退回</translation>
    </message>
    <message>
        <source>the responder unbound their payout account before it was sent</source>
        <translation>转账发出前你解绑了收款账户</translation>
    </message>
    <message>
        <source>the responder changed their payout account before it was sent</source>
        <translation>转账发出前你更换了收款账户</translation>
    </message>
</context>
<context>
    <name>Payouts</name>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>沙箱</translation>
    </message>
    <message>
        <source>being prepared</source>
        <translation>正在准备</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>已发出</translation>
    </message>
    <message>
        <source>waiting for you to confirm it in WeChat</source>
        <translation>等待你在微信中确认收款</translation>
    </message>
    <message>
        <source>on its way</source>
        <translation>转账中</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>已到账</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>came back</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>%1 is on its way to your %2.</source>
        <translation>%1 正在转入你的%2。</translation>
    </message>
    <message>
        <source>%1 is waiting for you: scan the QR code in Earnings with WeChat and confirm it within 24 hours to receive it.</source>
        <translation>%1 等你确认：请在 24 小时内用微信扫描“收入”里的二维码，确认收款。</translation>
    </message>
    <message>
        <source>%1 arrived in your %2.</source>
        <translation>%1 已到账，转入你的%2。</translation>
    </message>
    <message>
        <source>no reason was given</source>
        <translation>未说明原因</translation>
    </message>
    <message>
        <source>%1 came back: %2. It is pending again and goes with the next payout.</source>
        <translation>%1 被退回：%2。这笔钱已回到待打款，会随下一笔打款发放。</translation>
    </message>
</context>
<context>
    <name>PayoutsFeature</name>
    <message>
        <source>Add your payout account in Account ▸ Payouts.</source>
        <translation>请在“账户 ▸ 收款”中添加收款账户。</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>打款</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences — Responder</source>
        <translation>偏好设置 — Responder</translation>
    </message>
    <message>
        <source>Preference pages</source>
        <translation>设置页面</translation>
    </message>
    <message>
        <source>Changes take effect at once.</source>
        <translation>更改立即生效。</translation>
    </message>
</context>
<context>
    <name>PresencePage</name>
    <message>
        <source>Go &amp;away after no input for</source>
        <translation>无操作多久后设为离开(&amp;A)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>&amp;Chats at the same time</source>
        <translation>同时接待的对话数(&amp;C)</translation>
    </message>
    <message>
        <source>New clients are sent to you only while you have fewer chats than this. The server keeps the number, so it holds on every PC.</source>
        <translation>只有当你的对话少于这个数时，才会给你分配新客户。这个数保存在服务器上，在每台电脑上都一样。</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source>&amp;Hide what clients write in notifications (show only their name)</source>
        <translation>通知中隐藏客户写的内容，只显示名字(&amp;H)</translation>
    </message>
    <message>
        <source>Use this when others can see your screen. Your notes on clients are private to you: no other responder sees them.</source>
        <translation>当别人能看到你的屏幕时请打开。你对客户的笔记只属于你自己，其他倾听者看不到。</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>1 client in the queue</source>
        <translation>排队中有 1 位客户</translation>
    </message>
    <message>
        <source>%1 clients in the queue</source>
        <translation>排队中有 %1 位客户</translation>
    </message>
    <message>
        <source>oldest waiting %1</source>
        <translation>最久已等 %1</translation>
    </message>
</context>
<context>
    <name>QuickRepliesEditor</name>
    <message>
        <source>Shortcut</source>
        <translation>快捷词</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Row %1: the shortcut must be one word, without spaces.</source>
        <translation>第 %1 行：快捷词只能是一个词，不能有空格。</translation>
    </message>
    <message>
        <source>Row %1: the shortcut is too long (at most 30 characters).</source>
        <translation>第 %1 行：快捷词太长了（最多 30 个字符）。</translation>
    </message>
    <message>
        <source>Row %1: write the words this shortcut puts in.</source>
        <translation>第 %1 行：请写上这个快捷词要插入的话。</translation>
    </message>
    <message>
        <source>Row %1: the text is too long (at most 1,000 characters).</source>
        <translation>第 %1 行：内容太长了（最多 1000 个字符）。</translation>
    </message>
    <message>
        <source>Row %1: /%2 is already used above.</source>
        <translation>第 %1 行：/%2 在上面已经用过了。</translation>
    </message>
    <message>
        <source>At most 100 quick replies: remove a few first.</source>
        <translation>快捷回复最多 100 条，请先删掉几条。</translation>
    </message>
    <message>
        <source>Type / and the shortcut in a reply, or press Ctrl+/ to pick one. {name} becomes what the client likes to be called. Your phrases follow you to any PC you sign in on.</source>
        <translation>在回复框里输入 / 加快捷词，或按 Ctrl+/ 挑选一条。{name} 会换成客户喜欢的称呼。你的常用语会跟着你，在任何登录的电脑上都能用。</translation>
    </message>
    <message>
        <source>Quick replies</source>
        <translation>快捷回复</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Restore the &amp;defaults</source>
        <translation>恢复默认(&amp;D)</translation>
    </message>
</context>
<context>
    <name>QuickRepliesFeature</name>
    <message>
        <source>Insert a &amp;quick reply…</source>
        <translation>插入快捷回复(&amp;Q)…</translation>
    </message>
    <message>
        <source>E&amp;dit quick replies…</source>
        <translation>编辑快捷回复(&amp;D)…</translation>
    </message>
    <message>
        <source>Quick replies</source>
        <translation>快捷回复</translation>
    </message>
    <message>
        <source>Updated from your other device.</source>
        <translation>已从你的另一台设备更新。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Saved. Your quick replies follow you to any PC.</source>
        <translation>已保存。你的快捷回复在任何电脑上都能用。</translation>
    </message>
    <message>
        <source>Your other device changed these too; both sets are kept.</source>
        <translation>你的另一台设备也改过这些，两边的内容都保留了。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>QuickReplyPopup</name>
    <message>
        <source>Quick replies · ↑↓ choose · Enter inserts · Esc closes</source>
        <translation>快捷回复 · ↑↓ 选择 · 回车插入 · Esc 关闭</translation>
    </message>
    <message>
        <source>Quick replies</source>
        <translation>快捷回复</translation>
    </message>
</context>
<context>
    <name>RatingsSection</name>
    <message>
        <source>Recent ratings</source>
        <translation>最近的评价</translation>
    </message>
    <message>
        <source>Loading ratings…</source>
        <translation>正在加载评价…</translation>
    </message>
    <message>
        <source>No ratings yet.</source>
        <translation>还没有评价。</translation>
    </message>
    <message numerus="yes">
        <source>%1 average from %n rating(s)</source>
        <translation>
            <numerusform>平均 %1，共 %n 条评价</numerusform>
        </translation>
    </message>
    <message>
        <source>Client ratings</source>
        <translation>客户评价</translation>
    </message>
</context>
<context>
    <name>ReplySpeedFeature</name>
    <message>
        <source>&amp;Longest waiting first</source>
        <translation>等得最久的排前面(&amp;L)</translation>
    </message>
    <message>
        <source>Reply speed s&amp;tatistics…</source>
        <translation>回复速度统计(&amp;T)…</translation>
    </message>
    <message>
        <source>Reply speed s&amp;ettings…</source>
        <translation>回复速度设置(&amp;E)…</translation>
    </message>
    <message>
        <source>T&amp;ake this client</source>
        <translation>接下这位客户(&amp;A)</translation>
    </message>
    <message>
        <source>Reply speed</source>
        <translation>回复速度</translation>
    </message>
    <message>
        <source>Take %1&apos;s chat to reply.</source>
        <translation>接下 %1 的对话后才能回复。</translation>
    </message>
    <message>
        <source>First reply in %1</source>
        <translation>首次回复用时 %1</translation>
    </message>
    <message>
        <source>client waited %1</source>
        <translation>客户等了 %1</translation>
    </message>
    <message>
        <source>Reassigned</source>
        <translation>已转给他人</translation>
    </message>
    <message>
        <source>No client on screen is waiting to be taken.</source>
        <translation>当前没有等你接下的客户。</translation>
    </message>
</context>
<context>
    <name>ReplySpeedPage</name>
    <message>
        <source>Assign to me automatically</source>
        <translation>自动分配给我</translation>
    </message>
    <message>
        <source>Offer them; I take each one</source>
        <translation>先提供给我，由我逐个接待</translation>
    </message>
    <message>
        <source>Clock turns &amp;amber after</source>
        <translation>计时变为橙色，等待超过(&amp;A)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Clock turns &amp;red after</source>
        <translation>计时变为红色，等待超过(&amp;R)</translation>
    </message>
    <message>
        <source>New &amp;clients</source>
        <translation>新客户(&amp;C)</translation>
    </message>
    <message>
        <source>Show the &amp;longest-waiting clients first</source>
        <translation>等待最久的客户排在最前(&amp;L)</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Tell the operator about %1. They see this chat with your report. Reporting doesn&apos;t end the chat.</source>
        <translation>向运营方举报 %1。运营方会连同这段对话一起查看你的举报。举报不会结束对话。</translation>
    </message>
    <message>
        <source>Abuse or harassment</source>
        <translation>辱骂或骚扰</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>威胁</translation>
    </message>
    <message>
        <source>Spam or advertising</source>
        <translation>垃圾信息或广告</translation>
    </message>
    <message>
        <source>Seems to be under age</source>
        <translation>疑似未成年</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Report this client</source>
        <translation>举报这位客户</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Note for the operator (optional)</source>
        <translation>给运营方的备注（可选）(&amp;N)</translation>
    </message>
    <message>
        <source>What happened, in a few words</source>
        <translation>简单说说发生了什么</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Send report</source>
        <translation>发送举报(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ResponderPageFeature</name>
    <message>
        <source>&amp;My page…</source>
        <translation>我的页面(&amp;M)…</translation>
    </message>
    <message>
        <source>via your page</source>
        <translation>来自你的页面</translation>
    </message>
    <message>
        <source>This client paid for a chat with you from your page.</source>
        <translation>这位客户是从你的页面付款找你聊天的。</translation>
    </message>
    <message>
        <source>The address is 3 to 32 letters a-z, digits or dashes, starting with a letter.</source>
        <translation>地址是 3 到 32 个小写字母 a-z、数字或短横线，以字母开头。</translation>
    </message>
    <message>
        <source>Please shorten the page: the introduction is at most 600 characters, and at most 8 topics of 20 characters each.</source>
        <translation>请把页面写短一些：介绍最多 600 字，话题最多 8 个，每个最多 20 字。</translation>
    </message>
    <message>
        <source>Saved. Your page: %1</source>
        <translation>已保存。你的页面：%1</translation>
    </message>
    <message>
        <source>Your page may not carry contact details (“%1”): clients reach you through the platform, where payment and safety hold.</source>
        <translation>页面上不能有联系方式（“%1”）：客户要通过平台找你，付款和安全才有保障。</translation>
    </message>
    <message>
        <source>Your page has a phrase the platform does not allow. Please change the wording and save again.</source>
        <translation>页面里有平台不允许的用语。请改一下再保存。</translation>
    </message>
    <message>
        <source>Another responder already uses this address. Please choose another.</source>
        <translation>这个地址已经有别的倾听者在用了，请换一个。</translation>
    </message>
    <message>
        <source>Address copied.</source>
        <translation>地址已复制。</translation>
    </message>
    <message>
        <source>Save the QR code</source>
        <translation>保存二维码</translation>
    </message>
    <message>
        <source>Save the share image</source>
        <translation>保存分享图</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>%1 for %2 minutes</source>
        <translation>%1 / %2 分钟</translation>
    </message>
    <message>
        <source>Someone is listening</source>
        <translation>有人在听</translation>
    </message>
    <message>
        <source>Scan to talk with me</source>
        <translation>扫码和我聊聊</translation>
    </message>
</context>
<context>
    <name>SafetyFeature</name>
    <message>
        <source>&amp;Report this client…</source>
        <translation>举报这位客户(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Block this client…</source>
        <translation>屏蔽这位客户(&amp;B)…</translation>
    </message>
    <message>
        <source>Take a &amp;break from new clients…</source>
        <translation>暂停接新客户，休息一下(&amp;B)…</translation>
    </message>
    <message>
        <source>Your &amp;day…</source>
        <translation>你的今天(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Safety and breaks…</source>
        <translation>安全与休息(&amp;S)…</translation>
    </message>
    <message>
        <source>Contact details (%1): against the platform&apos;s rules. Payment and safety only hold inside the platform.</source>
        <translation>联系方式（%1）：违反平台规则。付款和安全只在平台内有保障。</translation>
    </message>
    <message>
        <source>May be abusive</source>
        <translation>疑似辱骂</translation>
    </message>
    <message>
        <source>%1 may be in crisis: see the card in their chat.</source>
        <translation>%1 可能处于危机中：请查看 TA 对话里的提示卡片。</translation>
    </message>
    <message>
        <source>The client sees these numbers on their page now.</source>
        <translation>客户的页面上现在能看到这些电话了。</translation>
    </message>
    <message>
        <source>A supervisor will look at this chat.</source>
        <translation>督导会查看这个对话。</translation>
    </message>
    <message>
        <source>Open a chat first.</source>
        <translation>请先打开一个对话。</translation>
    </message>
    <message>
        <source>You blocked %1</source>
        <translation>你屏蔽了 %1</translation>
    </message>
    <message>
        <source>You blocked %1. The chat has ended, and they won&apos;t be sent to you again.</source>
        <translation>你已屏蔽 %1。对话已结束，以后不会再把 TA 分配给你。</translation>
    </message>
    <message>
        <source>Report sent. The operator will look at it; your chat goes on.</source>
        <translation>举报已发送，运营方会处理；对话照常继续。</translation>
    </message>
    <message numerus="yes">
        <source>New clients paused for %n minutes. Your current chats go on.</source>
        <translation>
            <numerusform>已暂停接新客户 %n 分钟。正在进行的对话照常继续。</numerusform>
        </translation>
    </message>
    <message>
        <source>Welcome back. New clients can reach you again.</source>
        <translation>欢迎回来，新客户又可以找到你了。</translation>
    </message>
    <message numerus="yes">
        <source>You&apos;ve reached your daily limit of %n chats. New clients are paused until tomorrow; your current chats go on.</source>
        <translation>
            <numerusform>你已达到每天 %n 个对话的上限。新客户暂停到明天；正在进行的对话照常继续。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You&apos;ve reached your daily limit of %n hours online. New clients are paused until tomorrow; your current chats go on.</source>
        <translation>
            <numerusform>你已达到每天在线 %n 小时的上限。新客户暂停到明天；正在进行的对话照常继续。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafetySettingsDialog</name>
    <message>
        <source>Safety and breaks — Responder</source>
        <translation>安全与休息 — Responder</translation>
    </message>
    <message>
        <source>Messages that look abusive</source>
        <translation>疑似辱骂的消息</translation>
    </message>
    <message>
        <source>Show them blurred until I click them</source>
        <translation>模糊显示，点击后再查看</translation>
    </message>
    <message>
        <source>Suggest blocking after</source>
        <translation>多少条后建议屏蔽</translation>
    </message>
    <message>
        <source> messages</source>
        <translation> 条</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>休息</translation>
    </message>
    <message>
        <source>Suggest a break after working for</source>
        <translation>连续工作多久后建议休息</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>A break is at least</source>
        <translation>休息至少</translation>
    </message>
    <message>
        <source>Pause new clients for</source>
        <translation>暂停接新客户</translation>
    </message>
    <message>
        <source>Suggest a break right after a heavy chat</source>
        <translation>沉重的对话结束后建议休息</translation>
    </message>
    <message>
        <source>Daily limit</source>
        <translation>每日上限</translation>
    </message>
    <message>
        <source>Hours online a day</source>
        <translation>每天在线小时数</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Chats a day</source>
        <translation>每天对话数</translation>
    </message>
    <message>
        <source>When you reach it, new clients pause until tomorrow and the app says why. Your current chats go on.</source>
        <translation>达到上限后，新客户会暂停到明天，应用会告诉你原因。正在进行的对话照常继续。</translation>
    </message>
</context>
<context>
    <name>SessionTimeFeature</name>
    <message>
        <source>%1 left</source>
        <translation>还剩 %1</translation>
    </message>
    <message numerus="yes">
        <source>Less than %n minutes left. %1 has been told too.</source>
        <translation>
            <numerusform>只剩不到 %n 分钟了，%1 也收到了提醒。</numerusform>
        </translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>时间到了</translation>
    </message>
    <message>
        <source>Time is up · the chat ends in %1 unless the client extends</source>
        <translation>时间到了 · 客户不续时的话，对话将在 %1 后结束</translation>
    </message>
    <message>
        <source>Time is up · the chat is ending</source>
        <translation>时间到了 · 对话即将结束</translation>
    </message>
    <message numerus="yes">
        <source>%1 added %n minutes</source>
        <translation>
            <numerusform>%1 续了 %n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n minutes left</source>
        <translation>
            <numerusform>%1 还剩 %n 分钟</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts — Responder</source>
        <translation>键盘快捷键 — Responder</translation>
    </message>
    <message>
        <source>Press ? (when you are not typing) or F1 to see this list again. Esc closes it.</source>
        <translation>按 ?（不在输入时）或 F1 可再次查看这个列表，按 Esc 关闭。</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Enter the address of your Responder server.</source>
        <translation>请输入 Responder 服务器地址。</translation>
    </message>
    <message>
        <source>Enter the email address you registered with.</source>
        <translation>请输入你注册时用的邮箱。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Sign in — Responder</source>
        <translation>登录 — Responder</translation>
    </message>
    <message>
        <source>Sign in to Responder</source>
        <translation>登录 Responder</translation>
    </message>
    <message>
        <source>Clients are waiting for a human answer. Sign in to start helping.</source>
        <translation>有人正在等一个真人的回应。登录后就可以开始帮助他们。</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>https://responder.example.com</source>
        <translation>https://responder.example.com</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>you@example.com</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Keep me signed in on this computer</source>
        <translation>在这台电脑上保持登录</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
</context>
<context>
    <name>StartupPage</name>
    <message>
        <source>&amp;Start Responder when I sign in to this computer</source>
        <translation>登录这台电脑时启动 Responder(&amp;S)</translation>
    </message>
    <message>
        <source>Responder then waits in the notification area, signed in if you asked it to keep you signed in.</source>
        <translation>Responder 会在通知区域等候；如果您选择了保持登录，它会自动登录。</translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <source>Period: %1 to %2 (%3)</source>
        <translation>期间：%1 至 %2（%3）</translation>
    </message>
    <message>
        <source>Paid by: %1 (unified social credit code %2)</source>
        <translation>支付单位：%1（统一社会信用代码 %2）</translation>
    </message>
    <message>
        <source>Responder: %1</source>
        <translation>倾听者：%1</translation>
    </message>
    <message>
        <source>Made %1 from the platform&apos;s ledger. Amounts in yuan.</source>
        <translation>%1 根据平台账目生成。金额单位：元。</translation>
    </message>
    <message>
        <source>Sessions (day / night)</source>
        <translation>会话数（日间 / 夜间）</translation>
    </message>
    <message>
        <source>Session prices</source>
        <translation>会话价格</translation>
    </message>
    <message>
        <source>Platform fee</source>
        <translation>平台服务费</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>打赏</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>Income before tax</source>
        <translation>税前收入</translation>
    </message>
    <message>
        <source>Income tax withheld</source>
        <translation>已预扣个人所得税</translation>
    </message>
    <message>
        <source>Net earnings</source>
        <translation>税后净收入</translation>
    </message>
    <message>
        <source>Paid out in the period</source>
        <translation>本期已付款</translation>
    </message>
    <message>
        <source>Not yet paid out</source>
        <translation>尚未付款</translation>
    </message>
    <message>
        <source>Income in %1 so far</source>
        <translation>%1 年累计收入</translation>
    </message>
    <message>
        <source>Months counted in %1</source>
        <translation>%1 年累计从业月份</translation>
    </message>
    <message>
        <source>Tax withheld in %1 so far</source>
        <translation>%1 年累计已预扣税款</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>打赏</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税款</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日间</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>夜间</translation>
    </message>
    <message>
        <source>Not paid out yet</source>
        <translation>待发放</translation>
    </message>
    <message>
        <source>Being paid</source>
        <translation>发放中</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>已发放</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>服务费</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>净额</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>沙箱</translation>
    </message>
    <message>
        <source>Recorded by hand</source>
        <translation>人工记录</translation>
    </message>
    <message>
        <source>Paid to</source>
        <translation>收款方式</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>流水号</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>结算单</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <source>Statement %1</source>
        <translation>结算单 %1</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>发放</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>结算单</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>明细</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>StatementsFeature</name>
    <message>
        <source>Income statement %1</source>
        <translation>收入结算单 %1</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export the statement</source>
        <translation>导出结算单</translation>
    </message>
</context>
<context>
    <name>StatementsSection</name>
    <message numerus="yes">
        <source>%1 · net %2 · tax withheld %3 · %n session(s)</source>
        <translation>
            <numerusform>%1 · 净收入 %2 · 已扣税 %3 · %n 次会话</numerusform>
        </translation>
    </message>
    <message>
        <source>No statements yet: they appear once you have earned.</source>
        <translation>暂无结算单：有收入后即会出现。</translation>
    </message>
    <message>
        <source>The first day is after the last day.</source>
        <translation>开始日期晚于结束日期。</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>结算单</translation>
    </message>
    <message>
        <source>Monthly statements</source>
        <translation>月度结算单</translation>
    </message>
    <message>
        <source>&amp;Open statement</source>
        <translation>打开结算单(&amp;O)</translation>
    </message>
    <message>
        <source>Any days:</source>
        <translation>任意日期：</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>&amp;Statement for these days</source>
        <translation>生成这几天的结算单(&amp;S)</translation>
    </message>
</context>
<context>
    <name>StatsPanel</name>
    <message>
        <source>First replies, last 30 days</source>
        <translation>近 30 天的首次回复</translation>
    </message>
    <message>
        <source>Daily median and 90th percentile</source>
        <translation>每日中位数与 90% 分位数</translation>
    </message>
    <message>
        <source>Loading your reply speed…</source>
        <translation>正在加载你的回复速度…</translation>
    </message>
    <message>
        <source>%1 (%2 answered)</source>
        <translation>%1（已回复 %2）</translation>
    </message>
    <message>
        <source>First replies</source>
        <translation>首次回复</translation>
    </message>
    <message>
        <source>seconds to the first reply</source>
        <translation>首次回复用时（秒）</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>%1 s+</source>
        <translation>%1 秒以上</translation>
    </message>
    <message>
        <source>%1–%2 s</source>
        <translation>%1–%2 秒</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Days are counted in %1. Updates as you answer.</source>
        <translation>日期按%1计算。回复后会自动更新。</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>time to the first reply</source>
        <translation>首次回复用时</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90% 分位数</translation>
    </message>
    <message>
        <source>Reply speed</source>
        <translation>回复速度</translation>
    </message>
    <message>
        <source>How fast you answer</source>
        <translation>你回复得有多快</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Median first reply</source>
        <translation>首次回复中位数</translation>
    </message>
    <message>
        <source>90% answered within</source>
        <translation>90% 在此时间内回复</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Answered within 10 s</source>
        <translation>10 秒内回复</translation>
    </message>
    <message>
        <source>Answered within 30 s</source>
        <translation>30 秒内回复</translation>
    </message>
    <message>
        <source>Reassigned (no reply in time)</source>
        <translation>被转走（未及时回复）</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>正在重新连接…</translation>
    </message>
    <message>
        <source>Reconnecting in %1 s</source>
        <translation>%1 秒后重新连接</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>立即重试</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>在线状态</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>离开</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Show Responder</source>
        <translation>显示 Responder</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>在线状态</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>离开</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>偏好设置…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Responder — %1 waiting · %2 unread</source>
        <translation>Responder — %1 位在等 · %2 条未读</translation>
    </message>
</context>
<context>
    <name>WrapUpDialog</name>
    <message>
        <source>Wrap up the chat with %1. A note and tags are optional.</source>
        <translation>结束与 %1 的对话。备注和标签可以不填。</translation>
    </message>
    <message>
        <source>Wrap up</source>
        <translation>结束对话</translation>
    </message>
    <message>
        <source>Wrap-up &amp;note (optional)</source>
        <translation>结束备注(&amp;N)（选填）</translation>
    </message>
    <message>
        <source>What you talked about, how they left</source>
        <translation>聊了什么，TA 离开时怎么样</translation>
    </message>
    <message>
        <source>&amp;Tags (optional)</source>
        <translation>标签(&amp;T)（选填）</translation>
    </message>
    <message>
        <source>added to your notes on them</source>
        <translation>会加到你对 TA 的笔记里</translation>
    </message>
    <message>
        <source>Back to the chat</source>
        <translation>返回对话</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>跳过(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Wrap up</source>
        <translation>结束对话(&amp;W)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Starting the demo…</source>
        <translation>正在启动演示…</translation>
    </message>
    <message>
        <source>Launching a local server and a few simulated clients.</source>
        <translation>正在启动本地服务器和几位模拟客户。</translation>
    </message>
    <message>
        <source>The demo couldn&apos;t start.</source>
        <translation>演示无法启动。</translation>
    </message>
</context>
</TS>
