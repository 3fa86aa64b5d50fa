<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BubbleDelegate</name>
    <message>
        <location filename="../../responder_app/ui/bubble_delegate.py" line="165"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../responder_app/ui/bubble_delegate.py" line="167"/>
        <source>Failed — click to retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../responder_app/ui/bubble_delegate.py" line="168"/>
        <source>Sent ✓</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatTab</name>
    <message>
        <location filename="../../responder_app/ui/chat_tab.py" line="85"/>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../responder_app/ui/chat_tab.py" line="86"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../responder_app/ui/chat_tab.py" line="179"/>
        <source>Wrapping up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../responder_app/ui/chat_tab.py" line="186"/>
        <source>%n-min session</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../responder_app/ui/chat_tab.py" line="191"/>
        <source>(over time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../responder_app/ui/chat_tab.py" line="208"/>
        <source>Waiting for your first reply · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../responder_app/ui/chat_tab.py" line="212"/>
        <source>Client waiting · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../responder_app/ui/chat_tab.py" line="222"/>
        <source>That message is too long (the limit is 4,000 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../responder_app/ui/chat_tab.py" line="225"/>
        <source>%1 left the chat, so you can&apos;t send messages any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../responder_app/ui/chat_tab.py" line="238"/>
        <source>No topic given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../responder_app/ui/chat_tab.py" line="242"/>
        <source>%1 left the chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../responder_app/ui/chat_tab.py" line="247"/>
        <source>%1 left the chat. Wrap up to close it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../responder_app/ui/chat_tab.py" line="248"/>
        <source>Write a reply to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../responder_app/ui/chat_tab.py" line="274"/>
        <source>Click again to wrap up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../responder_app/ui/chat_tab.py" line="279"/>
        <location filename="../forms/chat_tab.ui" line="70"/>
        <location filename="../forms/chat_tab.ui" line="99"/>
        <source>Wrap up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/chat_tab.ui" line="148"/>
        <source>Write a reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/chat_tab.ui" line="153"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/chat_tab.ui" line="163"/>
        <source>Enter to send · Shift+Enter for a new line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../responder_app/ui/main_window.py" line="204"/>
        <source>%1 left the chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../responder_app/ui/main_window.py" line="253"/>
        <source>Responder — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../responder_app/ui/main_window.py" line="268"/>
        <source>You&apos;re away. No new clients will be sent to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../responder_app/ui/main_window.py" line="269"/>
        <source>Switch to Online in the status bar when you&apos;re ready for the next chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../responder_app/ui/main_window.py" line="272"/>
        <location filename="../forms/main_window.ui" line="41"/>
        <source>You&apos;re online. New clients will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../responder_app/ui/main_window.py" line="273"/>
        <location filename="../forms/main_window.ui" line="49"/>
        <source>Each client opens in its own tab. Take a breath — the next chat may start any second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../responder_app/ui/main_window.py" line="276"/>
        <source>Getting your inbox ready…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/main_window.ui" line="9"/>
        <source>Responder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/main_window.ui" line="85"/>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/main_window.ui" line="94"/>
        <source>&amp;Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/main_window.ui" line="107"/>
        <source>Go &amp;online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/main_window.ui" line="110"/>
        <source>Go &amp;away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/main_window.ui" line="113"/>
        <source>&amp;Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/main_window.ui" line="116"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/main_window.ui" line="117"/>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/main_window.ui" line="120"/>
        <source>&amp;Next chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/main_window.ui" line="121"/>
        <source>Ctrl+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/main_window.ui" line="124"/>
        <source>&amp;Previous chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/main_window.ui" line="125"/>
        <source>Ctrl+Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/main_window.ui" line="128"/>
        <source>&amp;Wrap up this chat…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../responder_app/ui/sign_in_dialog.py" line="61"/>
        <source>Enter the address of your Responder server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../responder_app/ui/sign_in_dialog.py" line="65"/>
        <source>Enter the email address you registered with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../responder_app/ui/sign_in_dialog.py" line="69"/>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/sign_in_dialog.ui" line="12"/>
        <source>Sign in — Responder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/sign_in_dialog.ui" line="39"/>
        <source>Sign in to Responder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/sign_in_dialog.ui" line="45"/>
        <source>Clients are waiting for a human answer. Sign in to start helping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/sign_in_dialog.ui" line="59"/>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/sign_in_dialog.ui" line="65"/>
        <source>https://responder.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/sign_in_dialog.ui" line="71"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/sign_in_dialog.ui" line="77"/>
        <source>you@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/sign_in_dialog.ui" line="83"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/sign_in_dialog.ui" line="94"/>
        <source>Keep me signed in on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/sign_in_dialog.ui" line="121"/>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/sign_in_dialog.ui" line="132"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/sign_in_dialog.ui" line="138"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <location filename="../../responder_app/ui/status_panel.py" line="64"/>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../responder_app/ui/status_panel.py" line="66"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../responder_app/ui/status_panel.py" line="70"/>
        <source>Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../responder_app/ui/status_panel.py" line="71"/>
        <source>Reconnecting in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../responder_app/ui/status_panel.py" line="72"/>
        <location filename="../forms/status_panel.ui" line="24"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/status_panel.ui" line="29"/>
        <source>Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/status_panel.ui" line="41"/>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/status_panel.ui" line="46"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/status_panel.ui" line="52"/>
        <source>Away</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
