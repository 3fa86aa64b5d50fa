<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AbuseBanner</name>
    <message numerus="yes">
        <source>%1 has sent %n messages that look abusive. You don&apos;t have to take this: Block ends the chat, and they are never sent to you again.</source>
        <translation>
            <numerusform>%1 has sent %n message that looks abusive. You don&apos;t have to take this: Block ends the chat, and they are never sent to you again.</numerusform>
            <numerusform>%1 has sent %n messages that look abusive. You don&apos;t have to take this: Block ends the chat, and they are never sent to you again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message numerus="yes">
        <source>That name is too long: at most %n characters.</source>
        <translation>
            <numerusform>That name is too long: at most %n character.</numerusform>
            <numerusform>That name is too long: at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertsFeature</name>
    <message numerus="yes">
        <source>Saved: at most %n chats at the same time.</source>
        <translation>
            <numerusform>Saved: at most %n chat at the same time.</numerusform>
            <numerusform>Saved: at most %n chats at the same time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message numerus="yes">
        <source>%n replies haven&apos;t reached the server yet.</source>
        <translation>
            <numerusform>%n reply hasn&apos;t reached the server yet.</numerusform>
            <numerusform>%n replies haven&apos;t reached the server yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreakDialog</name>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatTab</name>
    <message numerus="yes">
        <source>%n-min session</source>
        <translation>
            <numerusform>%n-min session</numerusform>
            <numerusform>%n-min session</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DaySummaryDialog</name>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You talked with %n clients.</source>
        <translation>
            <numerusform>You talked with %n client.</numerusform>
            <numerusform>You talked with %n clients.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of those chats were heavy (a crisis or abusive messages).</source>
        <translation>
            <numerusform>%n of those chats was heavy (a crisis or abusive messages).</numerusform>
            <numerusform>%n of those chats were heavy (a crisis or abusive messages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EarningsFeature</name>
    <message numerus="yes">
        <source>Saved %n entries to %1.</source>
        <translation>
            <numerusform>Saved %n entry to %1.</numerusform>
            <numerusform>Saved %n entries to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message numerus="yes">
        <source>Returning client · %n earlier session(s) with you</source>
        <translation>
            <numerusform>Returning client · %n earlier session with you</numerusform>
            <numerusform>Returning client · %n earlier sessions with you</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RatingsSection</name>
    <message numerus="yes">
        <source>%1 average from %n rating(s)</source>
        <translation>
            <numerusform>%1 average from %n rating</numerusform>
            <numerusform>%1 average from %n ratings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafetyFeature</name>
    <message numerus="yes">
        <source>New clients paused for %n minutes. Your current chats go on.</source>
        <translation>
            <numerusform>New clients paused for %n minute. Your current chats go on.</numerusform>
            <numerusform>New clients paused for %n minutes. Your current chats go on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You&apos;ve reached your daily limit of %n chats. New clients are paused until tomorrow; your current chats go on.</source>
        <translation>
            <numerusform>You&apos;ve reached your daily limit of %n chat. New clients are paused until tomorrow; your current chats go on.</numerusform>
            <numerusform>You&apos;ve reached your daily limit of %n chats. New clients are paused until tomorrow; your current chats go on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You&apos;ve reached your daily limit of %n hours online. New clients are paused until tomorrow; your current chats go on.</source>
        <translation>
            <numerusform>You&apos;ve reached your daily limit of %n hour online. New clients are paused until tomorrow; your current chats go on.</numerusform>
            <numerusform>You&apos;ve reached your daily limit of %n hours online. New clients are paused until tomorrow; your current chats go on.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionTimeFeature</name>
    <message numerus="yes">
        <source>Less than %n minutes left. %1 has been told too.</source>
        <translation>
            <numerusform>Less than %n minute left. %1 has been told too.</numerusform>
            <numerusform>Less than %n minutes left. %1 has been told too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 added %n minutes</source>
        <translation>
            <numerusform>%1 added %n minute</numerusform>
            <numerusform>%1 added %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n minutes left</source>
        <translation>
            <numerusform>%1 has %n minute left</numerusform>
            <numerusform>%1 has %n minutes left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatementsSection</name>
    <message numerus="yes">
        <source>%1 · net %2 · tax withheld %3 · %n session(s)</source>
        <translation>
            <numerusform>%1 · net %2 · tax withheld %3 · %n session</numerusform>
            <numerusform>%1 · net %2 · tax withheld %3 · %n sessions</numerusform>
        </translation>
    </message>
</context>
</TS>
