<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AlertSettingsDialog</name>
    <message>
        <source>Notifications and presence — Responder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide what clients write (show only their name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute the new-client sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sound or pop-ups during these hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presence and capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go away after no input for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chats at the same time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertsFeature</name>
    <message>
        <source>Open the chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New client — say hello</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop notifications don&apos;t work on this computer. Keep the Responder window in sight so you see new clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your answer for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>That email and password don&apos;t match. Check them and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You&apos;ve been signed out. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in has expired. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This chat has ended, so you can&apos;t send messages to it any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This chat is still open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That message is too long (the limit is 4,000 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can&apos;t send an empty message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That chat no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can&apos;t do that in this chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes were changed on another computer. Check them and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That reply clashed with another one. Please send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server couldn&apos;t accept that. Check what you entered and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong on the server. Please try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused that (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address of your Responder server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” isn&apos;t a server address. It should look like https://responder.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for a server on this computer. Use an https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You&apos;re not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 took too long to answer. Check your internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the server at %1. Check the address and your internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 answered with something that isn&apos;t Responder&apos;s API (HTTP %2). Check the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many sign-in attempts. Try again in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many sign-in attempts. Please wait a little and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 answered with something that isn&apos;t Responder&apos;s API. Check the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your saved sign-in is no longer valid. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 answered with something that isn&apos;t Responder&apos;s API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Responder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n replies haven&apos;t reached the server yet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>They are kept on this PC and will be sent the next time you start Responder. Wait a moment for them to go out now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart Responder to finish switching the language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inbox and your chats have switched already. A few menus and open windows switch the next time you start Responder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BubbleDelegate</name>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed — click to retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent ✓</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatTab</name>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now with another responder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrapping up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n-min session</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(over time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your first reply · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client waiting · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That message is too long (the limit is 4,000 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left the chat, so you can&apos;t send messages any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No topic given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left the chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left the chat. Wrap up to close it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a reply to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click again to wrap up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter to send · Shift+Enter for a new line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientFeedbackFeature</name>
    <message>
        <source>%1 is typing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No system keyring is available, so Responder can&apos;t remember your sign-in on this computer. You can still sign in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EarningsFeature</name>
    <message>
        <source>&amp;Earnings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 entries to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EarningsPanel</name>
    <message>
        <source>Net earnings, last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading your earnings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts after the platform&apos;s commission; tips are yours in full. Days are counted in %1 time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Night rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>night rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1 (%2). %3 from %4, %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export range ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you earned, and what is owed to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net earnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per hour online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owed to you (pending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your monthly goal in yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the ledger for bookkeeping, from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventStream</name>
    <message>
        <source>The server closed the event stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost the connection to %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <source>%1 was reassigned to another responder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You&apos;re not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent yet: %1 Your reply is kept on this PC and goes out as soon as the server answers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left the chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responder — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You&apos;re away. No new clients will be sent to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to Online in the status bar when you&apos;re ready for the next chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You&apos;re online. New clients will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each client opens in its own tab. Take a breath — the next chat may start any second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting your inbox ready…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go &amp;online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go &amp;away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wrap up this chat…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Save merged notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call them: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These notes were saved on another PC while you were editing here. Nothing has been overwritten: compare both versions and keep what you want below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this PC (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved from another PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Call them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merged notes (this is what will be saved)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesFeature</name>
    <message>
        <source>Could not load the notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not keep the draft on this PC: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Notes on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Returning client · %n earlier session(s) with you</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Returning client · you have notes on them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept on this PC · saving soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept on this PC · saves when the server is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on another PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click again to delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These notes were changed on another PC. Your edits are kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare and &amp;merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Call them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How they like to be called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics to avoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exam stress, long-distance couple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their story, what hurts, what helped…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search notes and past chats</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfferBanner</name>
    <message>
        <source>%1 is waiting for a responder. Take this client to start the chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was reassigned to another responder: no first reply within %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close tab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Your reply couldn&apos;t be saved on this computer because the disk is full, so it wasn&apos;t sent. Free up some space, then send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reply couldn&apos;t be saved on this computer (Responder may not write to %1), so it wasn&apos;t sent. Check that folder, then send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reply couldn&apos;t be saved on this computer (%1), so it wasn&apos;t sent. Please send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responder is already open for this account on this computer. Send your reply from that window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You&apos;re not signed in any more, so your reply wasn&apos;t sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies saved earlier on this computer couldn&apos;t be read (%1), so new ones can&apos;t be saved either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reply couldn&apos;t be sent (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>1 client in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 clients in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oldest waiting %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingsSection</name>
    <message>
        <source>Recent ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading ratings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ratings yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 average from %n rating(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Client ratings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplySpeedFeature</name>
    <message>
        <source>&amp;Longest waiting first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply &amp;speed statistics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply speed s&amp;ettings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take %1&apos;s chat to reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First reply in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client waited %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassigned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplySpeedSettingsDialog</name>
    <message>
        <source>Assign to me automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer them; I take each one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red must come after amber: pick a larger number of seconds for red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply speed settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab turns &amp;amber after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab turns &amp;red after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order tabs &amp;longest waiting first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Enter the address of your Responder server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the email address you registered with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in — Responder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Responder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients are waiting for a human answer. Sign in to start helping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://responder.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep me signed in on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsPanel</name>
    <message>
        <source>First replies, last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily median and 90th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading your reply speed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days are counted in %1 time. Updates as you answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1+ s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days ago → today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How fast you answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median first reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90% answered within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered within 10 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered within 30 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassigned (no reply in time)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Show Responder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications and presence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responder — %1 waiting · %2 unread</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaitingPill</name>
    <message>
        <source>Client waiting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WrapUpDialog</name>
    <message>
        <source>Wrap up the chat with %1. A note and tags are optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap-up &amp;note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you talked about, how they left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added to your notes on them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wrap up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Starting the demo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launching a local server and a few simulated clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo couldn&apos;t start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
