<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
</TS>
