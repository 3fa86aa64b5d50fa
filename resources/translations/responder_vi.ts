<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AbuseBanner</name>
    <message numerus="yes">
        <source>%1 has sent %n messages that look abusive. You don&apos;t have to take this: Block ends the chat, and they are never sent to you again.</source>
        <translation>
            <numerusform>%1 đã gửi %n tin nhắn có vẻ lăng mạ. Bạn không phải chịu đựng điều này: Chặn sẽ kết thúc cuộc trò chuyện, và người này sẽ không bao giờ được chuyển đến bạn nữa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Block…</source>
        <translation>Chặn…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Bỏ qua</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <source>Enter a name for clients to see.</source>
        <translation>Hãy nhập tên mà khách hàng sẽ thấy.</translation>
    </message>
    <message numerus="yes">
        <source>That name is too long: at most %n characters.</source>
        <translation>
            <numerusform>Tên này dài quá: tối đa %n ký tự.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <source>Saved: clients now see you as %1.</source>
        <translation>Đã lưu: giờ khách hàng thấy bạn là %1.</translation>
    </message>
    <message>
        <source>Your name for clients was not changed. %1</source>
        <translation>Tên khách hàng thấy chưa được đổi. %1</translation>
    </message>
    <message>
        <source>The name clients &amp;see</source>
        <translation>Tên khách hàng &amp;thấy</translation>
    </message>
    <message>
        <source>Clients see this name only after you have accepted them, never your display name. 1 to 20 characters; press Enter to save it.</source>
        <translation>Khách hàng chỉ thấy tên này sau khi bạn đã nhận họ, không bao giờ thấy tên hiển thị của bạn. Từ 1 đến 20 ký tự; nhấn Enter để lưu.</translation>
    </message>
</context>
<context>
    <name>AlertsFeature</name>
    <message>
        <source>Open the chat</source>
        <translation>Mở cuộc trò chuyện</translation>
    </message>
    <message>
        <source>Notifications and sound</source>
        <translation>Thông báo và âm thanh</translation>
    </message>
    <message>
        <source>Presence and capacity</source>
        <translation>Trạng thái và số cuộc trò chuyện</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Quyền riêng tư</translation>
    </message>
    <message>
        <source>Nothing can alert you here: no desktop notifications and no tray. Keep the Responder window in sight.</source>
        <translation>Ở đây không có cách nào báo cho bạn: không có thông báo trên màn hình, cũng không có khay hệ thống. Hãy để cửa sổ Responder luôn trong tầm mắt.</translation>
    </message>
    <message>
        <source>New clients and messages pop up as desktop notifications.</source>
        <translation>Khách mới và tin nhắn mới hiện lên dưới dạng thông báo trên màn hình.</translation>
    </message>
    <message>
        <source>New clients and messages show as messages from the tray icon.</source>
        <translation>Khách mới và tin nhắn mới hiện dưới dạng tin từ biểu tượng ở khay hệ thống.</translation>
    </message>
    <message numerus="yes">
        <source>Saved: at most %n chats at the same time.</source>
        <translation>
            <numerusform>Đã lưu: tối đa %n cuộc trò chuyện cùng lúc.</numerusform>
        </translation>
    </message>
    <message>
        <source>New client — say hello</source>
        <translation>Khách mới — chào họ nhé</translation>
    </message>
    <message>
        <source>A client</source>
        <translation>Một khách</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Tin nhắn mới</translation>
    </message>
    <message>
        <source>%1 may be in crisis. Open the chat: the card there has the hotlines.</source>
        <translation>%1 có thể đang gặp khủng hoảng. Hãy mở cuộc trò chuyện: thẻ ở đó có các đường dây hỗ trợ.</translation>
    </message>
    <message>
        <source>Desktop notifications don&apos;t work on this computer. Keep the Responder window in sight so you see new clients.</source>
        <translation>Máy này không hiện được thông báo. Hãy để cửa sổ Responder trong tầm mắt để không bỏ lỡ khách mới.</translation>
    </message>
    <message>
        <source>Waiting for your answer for %1 s</source>
        <translation>Đang chờ bạn trả lời %1 giây</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>That email and password don&apos;t match. Check them and try again.</source>
        <translation>Email và mật khẩu không khớp. Bạn kiểm tra lại rồi thử lần nữa nhé.</translation>
    </message>
    <message>
        <source>You&apos;ve been signed out. Please sign in again.</source>
        <translation>Bạn đã bị đăng xuất. Vui lòng đăng nhập lại.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Please sign in again.</source>
        <translation>Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.</translation>
    </message>
    <message>
        <source>This chat has ended, so you can&apos;t send messages to it any more.</source>
        <translation>Cuộc trò chuyện này đã kết thúc, bạn không gửi tin được nữa.</translation>
    </message>
    <message>
        <source>This chat is still open.</source>
        <translation>Cuộc trò chuyện này vẫn đang mở.</translation>
    </message>
    <message>
        <source>That message is too long (the limit is 4,000 characters).</source>
        <translation>Tin nhắn quá dài (tối đa 4.000 ký tự).</translation>
    </message>
    <message>
        <source>You can&apos;t send an empty message.</source>
        <translation>Bạn không thể gửi tin nhắn trống.</translation>
    </message>
    <message>
        <source>That chat no longer exists.</source>
        <translation>Cuộc trò chuyện này không còn nữa.</translation>
    </message>
    <message>
        <source>You can&apos;t do that in this chat.</source>
        <translation>Bạn không thể làm vậy trong cuộc trò chuyện này.</translation>
    </message>
    <message>
        <source>Your notes were changed on another computer. Check them and save again.</source>
        <translation>Ghi chú của bạn đã được sửa trên máy khác. Bạn xem lại rồi lưu lần nữa nhé.</translation>
    </message>
    <message>
        <source>That reply clashed with another one. Please send it again.</source>
        <translation>Tin trả lời này bị trùng với tin khác. Vui lòng gửi lại.</translation>
    </message>
    <message>
        <source>The server couldn&apos;t accept that. Check what you entered and try again.</source>
        <translation>Máy chủ không nhận được yêu cầu này. Bạn kiểm tra nội dung đã nhập rồi thử lại nhé.</translation>
    </message>
    <message>
        <source>That is too large to send. Make it shorter and try again.</source>
        <translation>Nội dung quá lớn để gửi. Hãy rút ngắn rồi thử lại.</translation>
    </message>
    <message>
        <source>Something went wrong on the server. Please try again in a moment.</source>
        <translation>Máy chủ đang gặp sự cố. Vui lòng thử lại sau ít phút.</translation>
    </message>
    <message>
        <source>The server refused that (HTTP %1).</source>
        <translation>Máy chủ từ chối yêu cầu này (HTTP %1).</translation>
    </message>
    <message>
        <source>Enter the address of your Responder server.</source>
        <translation>Nhập địa chỉ máy chủ Responder của bạn.</translation>
    </message>
    <message>
        <source>“%1” isn&apos;t a server address. It should look like https://responder.example.com.</source>
        <translation>“%1” không phải địa chỉ máy chủ. Địa chỉ đúng có dạng https://responder.example.com.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for a server on this computer. Use an https:// address.</source>
        <translation>Chỉ máy chủ trên chính máy này mới được dùng http://. Hãy dùng địa chỉ https://.</translation>
    </message>
    <message>
        <source>You&apos;re not signed in.</source>
        <translation>Bạn chưa đăng nhập.</translation>
    </message>
    <message>
        <source>The server at %1 took too long to answer. Check your internet connection.</source>
        <translation>Máy chủ %1 phản hồi quá lâu. Bạn kiểm tra kết nối mạng nhé.</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1. Check the address and your internet connection.</source>
        <translation>Không kết nối được máy chủ %1. Bạn kiểm tra địa chỉ và kết nối mạng nhé.</translation>
    </message>
    <message>
        <source>The server at %1 answered with something that isn&apos;t Responder&apos;s API (HTTP %2). Check the server address.</source>
        <translation>Máy chủ %1 trả lời không đúng giao diện của Responder (HTTP %2). Bạn kiểm tra địa chỉ máy chủ nhé.</translation>
    </message>
    <message>
        <source>Too many sign-in attempts. Try again in %1.</source>
        <translation>Đăng nhập sai quá nhiều lần. Thử lại sau %1.</translation>
    </message>
    <message>
        <source>Too many sign-in attempts. Please wait a little and try again.</source>
        <translation>Đăng nhập sai quá nhiều lần. Vui lòng đợi một chút rồi thử lại.</translation>
    </message>
    <message>
        <source>Too many requests for now. Try again in %1.</source>
        <translation>Hiện có quá nhiều yêu cầu. Hãy thử lại sau %1.</translation>
    </message>
    <message>
        <source>Too many requests for now. Please wait a little and try again.</source>
        <translation>Hiện có quá nhiều yêu cầu. Vui lòng đợi một lát rồi thử lại.</translation>
    </message>
    <message>
        <source>The server at %1 answered with something that isn&apos;t Responder&apos;s API. Check the server address.</source>
        <translation>Máy chủ %1 trả lời không đúng giao diện của Responder. Bạn kiểm tra địa chỉ máy chủ nhé.</translation>
    </message>
    <message>
        <source>Your saved sign-in is no longer valid. Please sign in again.</source>
        <translation>Thông tin đăng nhập đã lưu không còn hiệu lực. Vui lòng đăng nhập lại.</translation>
    </message>
    <message>
        <source>The server at %1 answered with something that isn&apos;t Responder&apos;s API.</source>
        <translation>Máy chủ %1 trả lời không đúng giao diện của Responder.</translation>
    </message>
    <message>
        <source>a moment</source>
        <translation>một lát</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 giây</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 giây</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 phút</translation>
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
            <numerusform>Còn %n tin trả lời chưa tới máy chủ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Start-up</source>
        <translation>Khởi động</translation>
    </message>
    <message>
        <source>They are kept on this PC and will be sent the next time you start Responder. Wait a moment for them to go out now?</source>
        <translation>Các tin này được giữ trên máy và sẽ gửi đi khi bạn mở Responder lần sau. Bạn có muốn đợi một chút để gửi ngay không?</translation>
    </message>
    <message>
        <source>Wait and quit</source>
        <translation>Đợi gửi xong rồi thoát</translation>
    </message>
    <message>
        <source>Quit now</source>
        <translation>Thoát ngay</translation>
    </message>
    <message>
        <source>You&apos;re not signed in.</source>
        <translation>Bạn chưa đăng nhập.</translation>
    </message>
    <message>
        <source>The server did not accept that name. Use 1 to 20 characters.</source>
        <translation>Máy chủ không chấp nhận tên này. Hãy dùng từ 1 đến 20 ký tự.</translation>
    </message>
    <message>
        <source>Restart Responder to finish switching the language.</source>
        <translation>Khởi động lại Responder để hoàn tất việc đổi ngôn ngữ.</translation>
    </message>
    <message>
        <source>The inbox and your chats have switched already. A few menus and open windows switch the next time you start Responder.</source>
        <translation>Hộp thư và các cuộc trò chuyện đã đổi xong. Một vài menu và cửa sổ đang mở sẽ đổi khi bạn mở lại Responder.</translation>
    </message>
</context>
<context>
    <name>BlockDialog</name>
    <message>
        <source>Block %1?</source>
        <translation>Chặn %1?</translation>
    </message>
    <message>
        <source>The chat ends at once, and %1 is never sent to you again, in this or any later session. The operator is told.</source>
        <translation>Cuộc trò chuyện kết thúc ngay, và %1 sẽ không bao giờ được chuyển đến bạn nữa, dù ở phiên này hay các phiên sau. Bên vận hành sẽ được thông báo.</translation>
    </message>
    <message>
        <source>%1 may be in crisis. Before you block them, share the hotlines and ask a supervisor to look at this chat.</source>
        <translation>%1 có thể đang gặp khủng hoảng. Trước khi chặn, hãy chia sẻ các đường dây hỗ trợ và nhờ người giám sát xem cuộc trò chuyện này.</translation>
    </message>
    <message>
        <source>After the block, %1 keeps the hotlines on their page.</source>
        <translation>Sau khi bị chặn, %1 vẫn thấy các đường dây hỗ trợ trên trang của họ.</translation>
    </message>
    <message>
        <source>Hotlines shared with them ✓</source>
        <translation>Đã chia sẻ đường dây hỗ trợ với họ ✓</translation>
    </message>
    <message>
        <source>Flagged for a supervisor ✓</source>
        <translation>Đã đánh dấu cho người giám sát ✓</translation>
    </message>
    <message>
        <source>Block this client</source>
        <translation>Chặn khách hàng này</translation>
    </message>
    <message>
        <source>&amp;Share the hotlines with them first</source>
        <translation>&amp;Chia sẻ đường dây hỗ trợ với họ trước</translation>
    </message>
    <message>
        <source>&amp;Flag this chat for a supervisor</source>
        <translation>Đánh &amp;dấu cuộc trò chuyện này cho người giám sát</translation>
    </message>
    <message>
        <source>&amp;Note for the operator (optional)</source>
        <translation>&amp;Ghi chú cho bên vận hành (không bắt buộc)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>&amp;Block and end the chat</source>
        <translation>&amp;Chặn và kết thúc trò chuyện</translation>
    </message>
</context>
<context>
    <name>BreakDialog</name>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n phút</numerusform>
        </translation>
    </message>
    <message>
        <source>You&apos;ve been at it for %1 without a break. A few minutes away from the screen helps.</source>
        <translation>Bạn đã làm liền %1 mà không nghỉ. Rời màn hình vài phút sẽ giúp bạn thấy dễ chịu hơn.</translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n giờ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n phút</numerusform>
        </translation>
    </message>
    <message>
        <source>That was a heavy chat. It&apos;s fine to take a few minutes for yourself before the next client.</source>
        <translation>Cuộc trò chuyện vừa rồi khá nặng nề. Bạn hoàn toàn có thể dành vài phút cho mình trước khi tiếp khách hàng tiếp theo.</translation>
    </message>
    <message>
        <source>Take a break from new clients. Your current chats go on.</source>
        <translation>Tạm nghỉ nhận khách mới. Các cuộc trò chuyện hiện tại vẫn tiếp tục.</translation>
    </message>
    <message>
        <source>Time for a break?</source>
        <translation>Nghỉ một chút nhé?</translation>
    </message>
    <message>
        <source>Pause new clients &amp;for</source>
        <translation>Tạm dừng nhận khách mới &amp;trong</translation>
    </message>
    <message>
        <source>Your current chats go on. New clients come again by themselves when the time is up.</source>
        <translation>Các cuộc trò chuyện hiện tại vẫn tiếp tục. Hết giờ, khách mới sẽ tự động được chuyển đến lại.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <source>&amp;Pause new clients</source>
        <translation>&amp;Tạm dừng nhận khách mới</translation>
    </message>
</context>
<context>
    <name>BubbleDelegate</name>
    <message>
        <source>click to show</source>
        <translation>bấm để xem</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Đang gửi…</translation>
    </message>
    <message>
        <source>Failed — click to retry</source>
        <translation>Gửi lỗi — bấm để thử lại</translation>
    </message>
    <message>
        <source>Sent ✓</source>
        <translation>Đã gửi ✓</translation>
    </message>
</context>
<context>
    <name>ChatTab</name>
    <message>
        <source>Reply</source>
        <translation>Trả lời</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Tin nhắn</translation>
    </message>
    <message>
        <source>The time ran out and the chat with %1 has ended. Wrap up to close it.</source>
        <translation>Đã hết giờ, cuộc trò chuyện với %1 đã kết thúc. Bấm Kết thúc để đóng.</translation>
    </message>
    <message>
        <source>The chat with %1 has ended. Wrap up to close it.</source>
        <translation>Cuộc trò chuyện với %1 đã kết thúc. Hãy tổng kết để đóng lại.</translation>
    </message>
    <message>
        <source>%1 left the chat. Wrap up to close it.</source>
        <translation>%1 đã rời đi. Bấm Kết thúc để đóng.</translation>
    </message>
    <message>
        <source>Write a reply to %1…</source>
        <translation>Viết trả lời cho %1…</translation>
    </message>
    <message>
        <source>%1 is now with another responder.</source>
        <translation>%1 đã được chuyển cho người trả lời khác.</translation>
    </message>
    <message>
        <source>Wrapping up…</source>
        <translation>Đang kết thúc…</translation>
    </message>
    <message numerus="yes">
        <source>%n-min session</source>
        <translation>
            <numerusform>Phiên %n phút</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for your first reply · %1</source>
        <translation>Đang chờ bạn trả lời đầu tiên · %1</translation>
    </message>
    <message>
        <source>Client waiting · %1</source>
        <translation>Khách đang chờ · %1</translation>
    </message>
    <message>
        <source>That message is too long (the limit is 4,000 characters).</source>
        <translation>Tin nhắn quá dài (tối đa 4.000 ký tự).</translation>
    </message>
    <message>
        <source>The time for this chat ran out, so you can&apos;t send messages any more.</source>
        <translation>Cuộc trò chuyện này đã hết giờ nên bạn không thể gửi tin nhắn nữa.</translation>
    </message>
    <message>
        <source>The chat with %1 has ended, so you can&apos;t send messages any more.</source>
        <translation>Cuộc trò chuyện với %1 đã kết thúc nên bạn không thể gửi tin nhắn nữa.</translation>
    </message>
    <message>
        <source>%1 left the chat, so you can&apos;t send messages any more.</source>
        <translation>%1 đã rời cuộc trò chuyện, bạn không gửi tin được nữa.</translation>
    </message>
    <message>
        <source>No topic given</source>
        <translation>Chưa có chủ đề</translation>
    </message>
    <message>
        <source>The time ran out: the chat with %1 has ended</source>
        <translation>Đã hết giờ: cuộc trò chuyện với %1 đã kết thúc</translation>
    </message>
    <message>
        <source>You ended the chat with %1</source>
        <translation>Bạn đã kết thúc cuộc trò chuyện với %1</translation>
    </message>
    <message>
        <source>Nobody answered %1 in time: the chat has ended and is refunded</source>
        <translation>Không ai trả lời %1 kịp thời: cuộc trò chuyện đã kết thúc và được hoàn tiền</translation>
    </message>
    <message>
        <source>%1 left the chat</source>
        <translation>%1 đã rời cuộc trò chuyện</translation>
    </message>
    <message>
        <source>Click again to wrap up</source>
        <translation>Bấm lần nữa để kết thúc</translation>
    </message>
    <message>
        <source>Wrap up</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <source>Write a reply…</source>
        <translation>Viết trả lời…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Gửi</translation>
    </message>
    <message>
        <source>Enter to send · Shift+Enter for a new line</source>
        <translation>Enter để gửi · Shift+Enter để xuống dòng</translation>
    </message>
</context>
<context>
    <name>ClientFeedbackFeature</name>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 đang nhập…</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No system keyring is available, so Responder can&apos;t remember your sign-in on this computer. You can still sign in.</source>
        <translation>Máy không có kho khóa hệ thống nên Responder không thể ghi nhớ đăng nhập. Bạn vẫn đăng nhập bình thường được.</translation>
    </message>
</context>
<context>
    <name>DaySummaryDialog</name>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n giờ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n phút</numerusform>
        </translation>
    </message>
    <message>
        <source>You were online for %1.</source>
        <translation>Hôm nay bạn trực tuyến %1.</translation>
    </message>
    <message numerus="yes">
        <source>You talked with %n clients.</source>
        <translation>
            <numerusform>Bạn đã trò chuyện với %n khách hàng.</numerusform>
        </translation>
    </message>
    <message>
        <source>No chats today.</source>
        <translation>Hôm nay chưa có cuộc trò chuyện nào.</translation>
    </message>
    <message numerus="yes">
        <source>%n of those chats were heavy (a crisis or abusive messages).</source>
        <translation>
            <numerusform>Trong đó có %n cuộc trò chuyện nặng nề (khủng hoảng hoặc lời lẽ lăng mạ).</numerusform>
        </translation>
    </message>
    <message>
        <source>None of them was flagged as heavy.</source>
        <translation>Không có cuộc trò chuyện nào bị đánh dấu là nặng nề.</translation>
    </message>
    <message>
        <source>Heavy chats can stay with you. Talk to someone you trust, or to the operator, if you need to.</source>
        <translation>Những cuộc trò chuyện nặng nề có thể còn đọng lại trong bạn. Nếu cần, hãy nói chuyện với người bạn tin tưởng, hoặc với bên vận hành.</translation>
    </message>
    <message>
        <source>Thank you for listening today.</source>
        <translation>Cảm ơn bạn đã lắng nghe hôm nay.</translation>
    </message>
    <message>
        <source>Your day</source>
        <translation>Ngày của bạn</translation>
    </message>
</context>
<context>
    <name>EarningsFeature</name>
    <message>
        <source>&amp;Earnings…</source>
        <translation>T&amp;hu nhập…</translation>
    </message>
    <message>
        <source>Export the ledger</source>
        <translation>Xuất sổ thu nhập</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Không lưu được %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n entries to %1.</source>
        <translation>
            <numerusform>Đã lưu %n mục vào %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EarningsPanel</name>
    <message>
        <source>Net earnings, last 30 days</source>
        <translation>Thu nhập ròng 30 ngày qua</translation>
    </message>
    <message>
        <source>Loading your earnings…</source>
        <translation>Đang tải thu nhập của bạn…</translation>
    </message>
    <message>
        <source>Amounts after the platform&apos;s commission; tips are yours in full. Days are counted in %1.</source>
        <translation>Số tiền đã trừ phí nền tảng; tiền thưởng là của bạn trọn vẹn. Ngày tính theo %1.</translation>
    </message>
    <message>
        <source>Day rate</source>
        <translation>Giá ban ngày</translation>
    </message>
    <message>
        <source>Night rate</source>
        <translation>Giá ban đêm</translation>
    </message>
    <message>
        <source>night rate</source>
        <translation>giá ban đêm</translation>
    </message>
    <message>
        <source>day rate</source>
        <translation>giá ban ngày</translation>
    </message>
    <message>
        <source>in %1 h %2 min</source>
        <translation>sau %1 giờ %2 phút</translation>
    </message>
    <message>
        <source>in %1 min</source>
        <translation>sau %1 phút</translation>
    </message>
    <message>
        <source>%1 min %2</source>
        <translation>%1 phút %2</translation>
    </message>
    <message>
        <source>Now: %1 (%2). %3 from %4, %5.</source>
        <translation>Hiện tại: %1 (%2). %3 từ %4, %5.</translation>
    </message>
    <message>
        <source>%1/h</source>
        <translation>%1/giờ</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 / %2 (%3%)</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Ròng</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>The export range ends before it starts.</source>
        <translation>Ngày kết thúc sớm hơn ngày bắt đầu.</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>Thu nhập</translation>
    </message>
    <message>
        <source>What you earned, and what is owed to you</source>
        <translation>Bạn đã kiếm được bao nhiêu và còn được nhận bao nhiêu</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Tuần này</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Tháng này</translation>
    </message>
    <message>
        <source>Net earnings</source>
        <translation>Thu nhập ròng</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Số phiên</translation>
    </message>
    <message>
        <source>Per hour online</source>
        <translation>Mỗi giờ trực tuyến</translation>
    </message>
    <message>
        <source>Owed to you (pending)</source>
        <translation>Chờ thanh toán</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Đã thanh toán</translation>
    </message>
    <message>
        <source>Monthly goal</source>
        <translation>Mục tiêu tháng</translation>
    </message>
    <message>
        <source>Your monthly goal in yuan</source>
        <translation>Mục tiêu tháng của bạn (nhân dân tệ)</translation>
    </message>
    <message>
        <source>¥</source>
        <translation>¥</translation>
    </message>
    <message>
        <source>Export the ledger for bookkeeping, from</source>
        <translation>Xuất sổ thu nhập để ghi chép, từ</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Xuất CSV…</translation>
    </message>
</context>
<context>
    <name>EventStream</name>
    <message>
        <source>The server closed the event stream.</source>
        <translation>Máy chủ đã đóng kết nối.</translation>
    </message>
    <message>
        <source>Lost the connection to %1 (%2).</source>
        <translation>Mất kết nối tới %1 (%2).</translation>
    </message>
</context>
<context>
    <name>FeatureHost</name>
    <message>
        <source>Chats</source>
        <translation>Cuộc trò chuyện</translation>
    </message>
    <message>
        <source>Replying</source>
        <translation>Trả lời</translation>
    </message>
    <message>
        <source>The client</source>
        <translation>Khách</translation>
    </message>
    <message>
        <source>The app</source>
        <translation>Ứng dụng</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>%1 s</source>
        <translation>%1 giây</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 phút</translation>
    </message>
</context>
<context>
    <name>HandoffCard</name>
    <message>
        <source>This client may be thinking of suicide</source>
        <translation>Khách hàng này có thể đang nghĩ đến việc tự tử</translation>
    </message>
    <message>
        <source>This client may be hurting themselves</source>
        <translation>Khách hàng này có thể đang tự làm hại bản thân</translation>
    </message>
    <message>
        <source>Someone may be in danger of violence</source>
        <translation>Có thể có người đang gặp nguy hiểm vì bạo lực</translation>
    </message>
    <message>
        <source>This client may be facing abuse at home</source>
        <translation>Khách hàng này có thể đang bị bạo hành trong gia đình</translation>
    </message>
    <message>
        <source>This client may be in crisis</source>
        <translation>Khách hàng này có thể đang gặp khủng hoảng</translation>
    </message>
    <message>
        <source>Stay calm and keep listening. Ask whether anyone is in danger right now. If someone is, encourage them to call the police now. You don&apos;t have to handle this alone: flag it for a supervisor.</source>
        <translation>Hãy bình tĩnh và tiếp tục lắng nghe. Hỏi xem lúc này có ai đang gặp nguy hiểm không. Nếu có, hãy khuyến khích họ gọi công an ngay. Bạn không phải xử lý một mình: hãy đánh dấu để người giám sát hỗ trợ.</translation>
    </message>
    <message>
        <source>Stay calm and keep listening. Ask whether they are safe where they are now. Share the numbers below; if they are in danger now, encourage them to call the police. You don&apos;t have to handle this alone: flag it for a supervisor.</source>
        <translation>Hãy bình tĩnh và tiếp tục lắng nghe. Hỏi xem nơi họ đang ở lúc này có an toàn không. Chia sẻ các số bên dưới; nếu họ đang gặp nguy hiểm, hãy khuyến khích họ gọi công an. Bạn không phải xử lý một mình: hãy đánh dấu để người giám sát hỗ trợ.</translation>
    </message>
    <message>
        <source>Stay with them and keep talking gently. It&apos;s all right to ask plainly whether they are safe right now. Share the numbers below; if they are in danger now, encourage them to call the emergency number. You don&apos;t have to handle this alone: flag it for a supervisor.</source>
        <translation>Hãy ở bên họ và tiếp tục trò chuyện nhẹ nhàng. Bạn có thể hỏi thẳng xem lúc này họ có an toàn không. Chia sẻ các số bên dưới; nếu họ đang gặp nguy hiểm, hãy khuyến khích họ gọi số khẩn cấp. Bạn không phải xử lý một mình: hãy đánh dấu để người giám sát hỗ trợ.</translation>
    </message>
    <message>
        <source>mainland China</source>
        <translation>Trung Quốc đại lục</translation>
    </message>
    <message>
        <source>Viet Nam</source>
        <translation>Việt Nam</translation>
    </message>
    <message>
        <source>anywhere else</source>
        <translation>các nơi khác</translation>
    </message>
    <message>
        <source>Their message contains “%1”.</source>
        <translation>Tin nhắn của họ có “%1”.</translation>
    </message>
    <message>
        <source>Hotlines for %1</source>
        <translation>Đường dây hỗ trợ tại %1</translation>
    </message>
    <message>
        <source>No hotlines are listed.</source>
        <translation>Chưa có đường dây hỗ trợ nào.</translation>
    </message>
    <message>
        <source>Shared with the client ✓</source>
        <translation>Đã chia sẻ với khách hàng ✓</translation>
    </message>
    <message>
        <source>Flagged for a supervisor ✓</source>
        <translation>Đã đánh dấu cho người giám sát ✓</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Share resources with the client</source>
        <translation>Chia sẻ thông tin hỗ trợ với khách hàng</translation>
    </message>
    <message>
        <source>Flag for supervisor</source>
        <translation>Đánh dấu cho người giám sát</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <source>%1 was reassigned to another responder</source>
        <translation>%1 đã được chuyển cho người trả lời khác</translation>
    </message>
    <message>
        <source>You&apos;re not signed in.</source>
        <translation>Bạn chưa đăng nhập.</translation>
    </message>
    <message>
        <source>Not sent yet: %1 Your reply is kept on this PC and goes out as soon as the server answers.</source>
        <translation>Chưa gửi được: %1 Tin trả lời được giữ trên máy và sẽ gửi ngay khi máy chủ phản hồi.</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Tùy &amp;chọn…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Phím tắt</translation>
    </message>
    <message>
        <source>Next &amp;waiting client</source>
        <translation>&amp;Khách đang chờ tiếp theo</translation>
    </message>
    <message>
        <source>Next chat</source>
        <translation>Cuộc trò chuyện tiếp theo</translation>
    </message>
    <message>
        <source>Previous chat</source>
        <translation>Cuộc trò chuyện trước</translation>
    </message>
    <message>
        <source>Go to the reply b&amp;ox</source>
        <translation>&amp;Về ô trả lời</translation>
    </message>
    <message>
        <source>Nobody is waiting for your answer.</source>
        <translation>Không có ai đang chờ bạn trả lời.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Follow the system</source>
        <translation>Theo hệ thống</translation>
    </message>
    <message>
        <source>&amp;Language of the app</source>
        <translation>&amp;Ngôn ngữ của ứng dụng</translation>
    </message>
    <message>
        <source>The inbox and your chats switch at once; a few menus switch the next time you start Responder. Dates, times and money follow the language too.</source>
        <translation>Hộp thư và các cuộc trò chuyện đổi ngay; một vài menu sẽ đổi vào lần mở Responder tới. Ngày, giờ và tiền cũng theo ngôn ngữ.</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>entry_id</source>
        <translation>Mã mục</translation>
    </message>
    <message>
        <source>posted_at</source>
        <translation>Thời điểm ghi sổ</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>conversation_id</source>
        <translation>Mã cuộc trò chuyện</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>Biệt danh khách</translation>
    </message>
    <message>
        <source>length_minutes</source>
        <translation>Thời lượng (phút)</translation>
    </message>
    <message>
        <source>window</source>
        <translation>Khung giờ</translation>
    </message>
    <message>
        <source>gross_fen</source>
        <translation>Tổng (fen)</translation>
    </message>
    <message>
        <source>commission_fen</source>
        <translation>Phí nền tảng (fen)</translation>
    </message>
    <message>
        <source>tip_fen</source>
        <translation>Tiền thưởng (fen)</translation>
    </message>
    <message>
        <source>net_fen</source>
        <translation>Thực nhận (fen)</translation>
    </message>
    <message>
        <source>net_cny</source>
        <translation>Thực nhận (CNY)</translation>
    </message>
    <message>
        <source>payout_id</source>
        <translation>Mã thanh toán</translation>
    </message>
    <message>
        <source>corrects_entry_id</source>
        <translation>Sửa cho mục</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>left</source>
        <translation>đã rời</translation>
    </message>
    <message>
        <source>%1 left the chat</source>
        <translation>%1 đã rời cuộc trò chuyện</translation>
    </message>
    <message>
        <source>The time ran out: the chat with %1 has ended</source>
        <translation>Đã hết giờ: cuộc trò chuyện với %1 đã kết thúc</translation>
    </message>
    <message>
        <source>No topic given</source>
        <translation>Không có chủ đề</translation>
    </message>
    <message>
        <source>time up</source>
        <translation>hết giờ</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>đã kết thúc</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>Khủng hoảng</translation>
    </message>
    <message>
        <source>%1 may be in crisis</source>
        <translation>%1 có thể đang gặp khủng hoảng</translation>
    </message>
    <message>
        <source>Responder — %1</source>
        <translation>Responder — %1</translation>
    </message>
    <message>
        <source>You&apos;re away. No new clients will be sent to you.</source>
        <translation>Bạn đang vắng mặt. Sẽ không có khách mới được chuyển tới bạn.</translation>
    </message>
    <message>
        <source>Switch to Online in the status bar when you&apos;re ready for the next chat.</source>
        <translation>Khi sẵn sàng, hãy chuyển sang Trực tuyến ở thanh trạng thái.</translation>
    </message>
    <message>
        <source>You&apos;re online. New clients will appear here.</source>
        <translation>Bạn đang trực tuyến. Khách mới sẽ hiện ở đây.</translation>
    </message>
    <message>
        <source>Each client opens in its own tab. Take a breath — the next chat may start any second.</source>
        <translation>Mỗi khách mở trong một thẻ riêng. Hít thở sâu nhé — cuộc trò chuyện tiếp theo có thể đến bất cứ lúc nào.</translation>
    </message>
    <message>
        <source>Getting your inbox ready…</source>
        <translation>Đang chuẩn bị hộp thư của bạn…</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Đã trả lời</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Đã kết thúc</translation>
    </message>
    <message>
        <source>Reassigned</source>
        <translation>Đã chuyển đi</translation>
    </message>
    <message>
        <source>Ended · wrap up to close</source>
        <translation>Đã kết thúc · tổng kết để đóng</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Cuộc trò chuyện</translation>
    </message>
    <message>
        <source>Responder</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Tài khoản</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>Trò &amp;chuyện</translation>
    </message>
    <message>
        <source>Go &amp;online</source>
        <translation>&amp;Trực tuyến</translation>
    </message>
    <message>
        <source>Go &amp;away</source>
        <translation>&amp;Vắng mặt</translation>
    </message>
    <message>
        <source>Sign o&amp;ut</source>
        <translation>Đăng &amp;xuất</translation>
    </message>
    <message>
        <source>Ne&amp;xt chat</source>
        <translation>Cuộc trò chuyện &amp;sau</translation>
    </message>
    <message>
        <source>Wrap &amp;up this chat…</source>
        <translation>Kết t&amp;húc cuộc trò chuyện này…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Th&amp;oát</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Theo &amp;hệ thống</translation>
    </message>
    <message>
        <source>Ctrl+Tab</source>
        <translation>Ctrl+Tab</translation>
    </message>
    <message>
        <source>&amp;Previous chat</source>
        <translation>Cuộc trò chuyện t&amp;rước</translation>
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
        <translation>Lưu ghi chú đã gộp</translation>
    </message>
    <message>
        <source>Call them: %1</source>
        <translation>Cách gọi: %1</translation>
    </message>
    <message>
        <source>Avoid: %1</source>
        <translation>Tránh: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Nhãn: %1</translation>
    </message>
    <message>
        <source>Merge notes</source>
        <translation>Gộp ghi chú</translation>
    </message>
    <message>
        <source>These notes were saved on another PC while you were editing here. Nothing has been overwritten: compare both versions and keep what you want below.</source>
        <translation>Trong lúc bạn sửa ở đây, ghi chú đã được lưu từ máy khác. Không có gì bị ghi đè: hãy so sánh hai bản và giữ lại phần bạn muốn ở bên dưới.</translation>
    </message>
    <message>
        <source>On this PC (not saved)</source>
        <translation>Trên máy này (chưa lưu)</translation>
    </message>
    <message>
        <source>Saved from another PC</source>
        <translation>Đã lưu từ máy khác</translation>
    </message>
    <message>
        <source>&amp;Call them</source>
        <translation>&amp;Cách gọi</translation>
    </message>
    <message>
        <source>A&amp;void</source>
        <translation>&amp;Tránh</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;Nhãn</translation>
    </message>
    <message>
        <source>&amp;Merged notes (this is what will be saved)</source>
        <translation>Ghi chú đã &amp;gộp (bản này sẽ được lưu)</translation>
    </message>
</context>
<context>
    <name>MyPageDialog</name>
    <message>
        <source>The operator has hidden your page: clients who open it are told there is no such page.</source>
        <translation>Nhà vận hành đã ẩn trang của bạn: khách mở trang sẽ thấy không có trang này.</translation>
    </message>
    <message>
        <source>(Nothing about you yet)</source>
        <translation>(Chưa có giới thiệu)</translation>
    </message>
    <message>
        <source>Likes to talk about: %1</source>
        <translation>Thích nói về: %1</translation>
    </message>
    <message>
        <source>Would rather not: %1</source>
        <translation>Không muốn nói về: %1</translation>
    </message>
    <message>
        <source>My page</source>
        <translation>Trang của tôi</translation>
    </message>
    <message>
        <source>Clients who find you on WeChat Moments, Xiaohongshu or a freelance app can open your page, see when you can talk and pay for a chat with you. Write it in your own words; no contact details: payment and safety only hold inside the platform.</source>
        <translation>Khách thấy bạn trên WeChat Moments, Xiaohongshu hay một ứng dụng việc tự do có thể mở trang của bạn, xem khi nào bạn rảnh và trả tiền để trò chuyện với bạn. Hãy viết bằng lời của bạn; không ghi thông tin liên lạc: thanh toán và an toàn chỉ được bảo đảm trong nền tảng.</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Địa chỉ</translation>
    </message>
    <message>
        <source>xiaolin</source>
        <translation>xiaolin</translation>
    </message>
    <message>
        <source>&amp;About you</source>
        <translation>&amp;Giới thiệu</translation>
    </message>
    <message>
        <source>I can chat with you about life, work, love, or just listen.</source>
        <translation>Mình có thể trò chuyện về cuộc sống, công việc, tình cảm, hoặc chỉ lắng nghe bạn.</translation>
    </message>
    <message>
        <source>&amp;Likes to talk about</source>
        <translation>&amp;Thích nói về</translation>
    </message>
    <message>
        <source>work, love, family (commas between)</source>
        <translation>công việc, tình cảm, gia đình (cách nhau bằng dấu phẩy)</translation>
    </message>
    <message>
        <source>Would rather &amp;not</source>
        <translation>&amp;Không muốn nói về</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Tiếng Trung</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Tiếng Anh</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Tiếng Việt</translation>
    </message>
    <message>
        <source>What clients see</source>
        <translation>Khách sẽ thấy</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>&amp;Chép địa chỉ</translation>
    </message>
    <message>
        <source>Save &amp;QR code…</source>
        <translation>Lưu mã &amp;QR…</translation>
    </message>
    <message>
        <source>Save s&amp;hare image…</source>
        <translation>Lưu ả&amp;nh chia sẻ…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>NextPayoutSection</name>
    <message>
        <source>Next payout</source>
        <translation>Lần chi trả tới</translation>
    </message>
    <message>
        <source>Loading your next payout…</source>
        <translation>Đang tải lần chi trả tới…</translation>
    </message>
    <message>
        <source>Payout account…</source>
        <translation>Tài khoản nhận tiền…</translation>
    </message>
    <message>
        <source>Pending %1 · tax withheld about %2 · you would receive %3</source>
        <translation>Chờ chi trả %1 · thuế khấu trừ khoảng %2 · bạn sẽ nhận %3</translation>
    </message>
    <message>
        <source>Paid in the next payout run when it is at least %1.</source>
        <translation>Được chi trả trong đợt tới khi đạt ít nhất %1.</translation>
    </message>
    <message>
        <source>No payout account yet: add one to be paid.</source>
        <translation>Chưa có tài khoản nhận tiền: hãy thêm để được chi trả.</translation>
    </message>
    <message>
        <source>Add a payout account…</source>
        <translation>Thêm tài khoản nhận tiền…</translation>
    </message>
    <message>
        <source>Paid to your %1 %2</source>
        <translation>Chi trả vào %1 %2 của bạn</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Thay đổi…</translation>
    </message>
    <message>
        <source>On its way: %1, %2.</source>
        <translation>Đang chuyển: %1, %2.</translation>
    </message>
    <message>
        <source>Scan with WeChat to confirm receipt of %1 (within 24 hours)</source>
        <translation>Quét bằng WeChat để xác nhận nhận %1 (trong 24 giờ)</translation>
    </message>
</context>
<context>
    <name>NotesFeature</name>
    <message>
        <source>The client&apos;s &amp;notes</source>
        <translation>&amp;Ghi chú về khách</translation>
    </message>
    <message>
        <source>&amp;Search notes and past chats</source>
        <translation>&amp;Tìm trong ghi chú và các cuộc trò chuyện cũ</translation>
    </message>
    <message>
        <source>Could not load the notes: %1</source>
        <translation>Không tải được ghi chú: %1</translation>
    </message>
    <message>
        <source>Could not keep the draft on this PC: %1</source>
        <translation>Không giữ được bản nháp trên máy: %1</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Notes on %1</source>
        <translation>Ghi chú về %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message numerus="yes">
        <source>Returning client · %n earlier session(s) with you</source>
        <translation>
            <numerusform>Khách quen · đã trò chuyện với bạn %n lần</numerusform>
        </translation>
    </message>
    <message>
        <source>Returning client · you have notes on them</source>
        <translation>Khách quen · bạn có ghi chú về họ</translation>
    </message>
    <message>
        <source>no topic</source>
        <translation>không có chủ đề</translation>
    </message>
    <message>
        <source>Refunded · no reply</source>
        <translation>Đã hoàn tiền · không có phản hồi</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Đã lưu</translation>
    </message>
    <message>
        <source>Kept on this PC · saving soon</source>
        <translation>Đã giữ trên máy · sắp lưu</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <source>Kept on this PC · saves when the server is back</source>
        <translation>Đã giữ trên máy · sẽ lưu khi máy chủ hoạt động lại</translation>
    </message>
    <message>
        <source>Changed on another PC</source>
        <translation>Đã sửa trên máy khác</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Trò chuyện</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Ghi chú kết thúc</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Không tìm thấy “%1”.</translation>
    </message>
    <message>
        <source>Delete notes</source>
        <translation>Xóa ghi chú</translation>
    </message>
    <message>
        <source>Delete your notes on %1? You can undo this for a minute.</source>
        <translation>Xóa ghi chú của bạn về %1? Bạn có thể hoàn tác trong một phút.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Keep notes</source>
        <translation>Giữ ghi chú</translation>
    </message>
    <message>
        <source>Notes deleted.</source>
        <translation>Đã xóa ghi chú.</translation>
    </message>
    <message>
        <source>&amp;Delete notes</source>
        <translation>&amp;Xóa ghi chú</translation>
    </message>
    <message>
        <source>These notes were changed on another PC. Your edits are kept here.</source>
        <translation>Ghi chú này đã được sửa trên máy khác. Phần bạn sửa vẫn được giữ ở đây.</translation>
    </message>
    <message>
        <source>Compare and &amp;merge…</source>
        <translation>So sánh và &amp;gộp…</translation>
    </message>
    <message>
        <source>&amp;Call them</source>
        <translation>&amp;Cách gọi</translation>
    </message>
    <message>
        <source>How they like to be called</source>
        <translation>Họ thích được gọi thế nào</translation>
    </message>
    <message>
        <source>A&amp;void</source>
        <translation>&amp;Tránh</translation>
    </message>
    <message>
        <source>Topics to avoid</source>
        <translation>Chủ đề nên tránh</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;Nhãn</translation>
    </message>
    <message>
        <source>exam stress, long-distance couple</source>
        <translation>áp lực thi cử, yêu xa</translation>
    </message>
    <message>
        <source>Their story, what hurts, what helped…</source>
        <translation>Câu chuyện của họ, điều làm họ buồn, điều đã giúp được họ…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>Search notes and past chats</source>
        <translation>Tìm kiếm…</translation>
    </message>
</context>
<context>
    <name>NotificationWarning</name>
    <message>
        <source>Nothing can alert you on this computer: no desktop notifications and no tray icon. Keep this window in sight to see new clients.</source>
        <translation>Máy này không có cách nào báo cho bạn: không có thông báo trên màn hình, cũng không có biểu tượng ở khay. Hãy để cửa sổ này trong tầm mắt để thấy khách mới.</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Kiểm tra lại</translation>
    </message>
</context>
<context>
    <name>NotificationsPage</name>
    <message>
        <source>Sound</source>
        <translation>Âm thanh</translation>
    </message>
    <message>
        <source>&amp;Mute the new-client sound</source>
        <translation>&amp;Tắt tiếng báo khách mới</translation>
    </message>
    <message>
        <source>&amp;Volume</source>
        <translation>Â&amp;m lượng</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Nghe thử</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Giờ yên tĩnh</translation>
    </message>
    <message>
        <source>&amp;No sound or pop-ups during these hours</source>
        <translation>&amp;Không chuông, không bật thông báo trong khung giờ này</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Từ</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>Đ&amp;ến</translation>
    </message>
</context>
<context>
    <name>OfferBanner</name>
    <message>
        <source>%1 is waiting for a responder. Take this client to start the chat.</source>
        <translation>%1 đang chờ người trả lời. Bấm Nhận để bắt đầu trò chuyện.</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>Nhận</translation>
    </message>
    <message>
        <source>Taking…</source>
        <translation>Đang nhận…</translation>
    </message>
    <message>
        <source>%1 was reassigned to another responder: no first reply within %2.</source>
        <translation>%1 đã được chuyển cho người khác: chưa có tin trả lời đầu tiên trong %2.</translation>
    </message>
    <message>
        <source>Close tab</source>
        <translation>Đóng thẻ</translation>
    </message>
</context>
<context>
    <name>OneLine</name>
    <message>
        <source>Show less</source>
        <translation>Thu gọn</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Xem thêm</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Your reply couldn&apos;t be saved on this computer because the disk is full, so it wasn&apos;t sent. Free up some space, then send it again.</source>
        <translation>Ổ đĩa đã đầy nên không lưu được tin trả lời trên máy, tin chưa được gửi. Bạn giải phóng bớt dung lượng rồi gửi lại nhé.</translation>
    </message>
    <message>
        <source>Your reply couldn&apos;t be saved on this computer (Responder may not write to %1), so it wasn&apos;t sent. Check that folder, then send it again.</source>
        <translation>Không lưu được tin trả lời trên máy (Responder không ghi được vào %1) nên tin chưa được gửi. Bạn kiểm tra thư mục đó rồi gửi lại nhé.</translation>
    </message>
    <message>
        <source>Your reply couldn&apos;t be saved on this computer (%1), so it wasn&apos;t sent. Please send it again.</source>
        <translation>Không lưu được tin trả lời trên máy (%1) nên tin chưa được gửi. Vui lòng gửi lại.</translation>
    </message>
    <message>
        <source>Responder is already open for this account on this computer. Send your reply from that window.</source>
        <translation>Tài khoản này đang mở Responder trên máy này. Hãy gửi tin từ cửa sổ đó.</translation>
    </message>
    <message>
        <source>You&apos;re not signed in any more, so your reply wasn&apos;t sent.</source>
        <translation>Bạn không còn đăng nhập nên tin trả lời chưa được gửi.</translation>
    </message>
    <message>
        <source>Replies saved earlier on this computer couldn&apos;t be read (%1), so new ones can&apos;t be saved either.</source>
        <translation>Không đọc được các tin trả lời đã lưu trước đó trên máy (%1), nên tin mới cũng không lưu được.</translation>
    </message>
    <message>
        <source>Your reply couldn&apos;t be sent (%1).</source>
        <translation>Không gửi được tin trả lời (%1).</translation>
    </message>
</context>
<context>
    <name>PageStatsSection</name>
    <message>
        <source>Week of</source>
        <translation>Tuần từ</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Lượt xem</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Cuộc trò chuyện</translation>
    </message>
    <message>
        <source>Returning clients</source>
        <translation>Khách quay lại</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>You have no page yet: Account ▸ My page.</source>
        <translation>Bạn chưa có trang: Tài khoản ▸ Trang của tôi.</translation>
    </message>
    <message>
        <source>Your page</source>
        <translation>Trang của bạn</translation>
    </message>
</context>
<context>
    <name>PauseStatus</name>
    <message>
        <source>New clients paused until tomorrow (your daily limit)</source>
        <translation>Đã tạm dừng nhận khách mới đến ngày mai (giới hạn hằng ngày)</translation>
    </message>
    <message>
        <source>New clients paused · %1 left</source>
        <translation>Đã tạm dừng nhận khách mới · còn %1</translation>
    </message>
    <message>
        <source>Resume now</source>
        <translation>Tiếp tục ngay</translation>
    </message>
</context>
<context>
    <name>PayoutAccountsFeature</name>
    <message>
        <source>Payouts</source>
        <translation>Nhận tiền</translation>
    </message>
    <message>
        <source>Pa&amp;yout account…</source>
        <translation>Tài &amp;khoản nhận tiền…</translation>
    </message>
    <message>
        <source>You&apos;re not signed in.</source>
        <translation>Bạn chưa đăng nhập.</translation>
    </message>
    <message>
        <source>Your identity is already on file. To correct your real name or ID number, ask the operator.</source>
        <translation>Thông tin danh tính của bạn đã được lưu. Muốn sửa họ tên hoặc số CMND, hãy liên hệ bên vận hành.</translation>
    </message>
    <message>
        <source>Give your real name and ID number first: payouts go only to an account in your real name.</source>
        <translation>Hãy nhập họ tên thật và số giấy tờ trước: tiền chỉ được chuyển vào tài khoản đứng tên chính bạn.</translation>
    </message>
    <message>
        <source>This server is not set up to keep identity details yet. Please tell the operator.</source>
        <translation>Máy chủ chưa được thiết lập để lưu thông tin danh tính. Hãy báo cho bên vận hành.</translation>
    </message>
    <message>
        <source>This server cannot pay to WeChat yet. Bind Alipay instead, or ask the operator.</source>
        <translation>Nền tảng chưa thể chuyển tiền qua WeChat. Hãy liên kết Alipay, hoặc hỏi bên vận hành.</translation>
    </message>
    <message>
        <source>The server did not accept these details. Please check them and try again.</source>
        <translation>Máy chủ không chấp nhận thông tin này. Hãy kiểm tra rồi thử lại.</translation>
    </message>
</context>
<context>
    <name>PayoutAccountsPage</name>
    <message>
        <source>Reading your payout details…</source>
        <translation>Đang đọc thông tin nhận tiền…</translation>
    </message>
    <message>
        <source>Real name: %1 · ID number: %2</source>
        <translation>Họ tên: %1 · Số giấy tờ: %2</translation>
    </message>
    <message>
        <source>%1 %2, bound %3</source>
        <translation>%1 %2, liên kết ngày %3</translation>
    </message>
    <message>
        <source>To be paid elsewhere, bind another account below: it replaces this one.</source>
        <translation>Muốn nhận tiền ở nơi khác, hãy liên kết tài khoản khác bên dưới: nó sẽ thay thế tài khoản này.</translation>
    </message>
    <message>
        <source>To be paid, first give your identity for tax, then bind an account.</source>
        <translation>Để nhận tiền, trước tiên hãy nhập thông tin danh tính để khai thuế, rồi liên kết một tài khoản.</translation>
    </message>
    <message>
        <source>No account is bound: your earnings wait until you bind Alipay or WeChat.</source>
        <translation>Chưa liên kết tài khoản nào: thu nhập sẽ chờ đến khi bạn liên kết Alipay hoặc WeChat.</translation>
    </message>
    <message>
        <source>Your payouts go to %1 %2.</source>
        <translation>Tiền sẽ được chuyển vào %1 %2.</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>Alipay</translation>
    </message>
    <message>
        <source>Test account</source>
        <translation>Tài khoản thử</translation>
    </message>
    <message>
        <source>Unbind payout account</source>
        <translation>Hủy liên kết tài khoản nhận tiền</translation>
    </message>
    <message>
        <source>Unbind %1 %2? Your earnings will wait, unpaid, until you bind an account again.</source>
        <translation>Hủy liên kết %1 %2? Thu nhập sẽ chờ, chưa được trả, cho đến khi bạn liên kết lại một tài khoản.</translation>
    </message>
    <message>
        <source>Unbind</source>
        <translation>Hủy liên kết</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Giữ lại</translation>
    </message>
    <message>
        <source>Open WeChat on your phone, tap + then Scan, and scan this code. WeChat asks nothing more: this page changes by itself once it is bound. The code works once, until %1.</source>
        <translation>Mở WeChat trên điện thoại, nhấn + rồi Quét, và quét mã này. WeChat không hỏi gì thêm: trang này tự cập nhật khi đã liên kết. Mã chỉ dùng được một lần, đến %1.</translation>
    </message>
    <message>
        <source>The QR code expired before it was scanned. Choose Bind WeChat to get a new one.</source>
        <translation>Mã QR đã hết hạn trước khi được quét. Hãy chọn Liên kết WeChat để lấy mã mới.</translation>
    </message>
    <message>
        <source>Your identity, for tax</source>
        <translation>Danh tính của bạn, để khai thuế</translation>
    </message>
    <message>
        <source>The platform withholds income tax on what it pays you and reports it under your real name, as Chinese tax law requires. Give them once, exactly as on your resident ID card; they are kept encrypted and only shown masked. To correct them later, ask the operator.</source>
        <translation>Theo luật thuế Trung Quốc, nền tảng khấu trừ thuế thu nhập khi trả tiền cho bạn và khai báo theo tên thật của bạn. Hãy nhập một lần, đúng như trên thẻ căn cước; thông tin được mã hóa và chỉ hiển thị một phần. Muốn sửa sau này, hãy liên hệ bên vận hành.</translation>
    </message>
    <message>
        <source>Real &amp;name</source>
        <translation>&amp;Họ tên thật</translation>
    </message>
    <message>
        <source>&amp;ID number</source>
        <translation>Số &amp;giấy tờ</translation>
    </message>
    <message>
        <source>&amp;Save identity</source>
        <translation>&amp;Lưu danh tính</translation>
    </message>
    <message>
        <source>Where you are paid</source>
        <translation>Nơi nhận tiền</translation>
    </message>
    <message>
        <source>&amp;Unbind…</source>
        <translation>&amp;Hủy liên kết…</translation>
    </message>
    <message>
        <source>Choose one: payouts go to your Alipay account, or to your WeChat balance. Either must be in your real name.</source>
        <translation>Chọn một: tiền được chuyển vào tài khoản Alipay, hoặc số dư WeChat của bạn. Tài khoản phải đứng tên chính bạn.</translation>
    </message>
    <message>
        <source>&amp;Alipay account</source>
        <translation>Tài khoản &amp;Alipay</translation>
    </message>
    <message>
        <source>Mobile number or email</source>
        <translation>Số điện thoại hoặc email</translation>
    </message>
    <message>
        <source>Bind &amp;Alipay</source>
        <translation>Liên &amp;kết Alipay</translation>
    </message>
    <message>
        <source>Bind &amp;WeChat…</source>
        <translation>Liên kết &amp;WeChat…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Hủ&amp;y</translation>
    </message>
</context>
<context>
    <name>PayoutChecks</name>
    <message>
        <source>Enter your real name, exactly as on your ID card.</source>
        <translation>Hãy nhập họ tên thật, đúng như trên thẻ căn cước.</translation>
    </message>
    <message>
        <source>Enter your 18-character resident ID number.</source>
        <translation>Hãy nhập số căn cước 18 ký tự.</translation>
    </message>
    <message>
        <source>An ID number has 18 characters: 17 digits, then a digit or X. Please check it against your ID card.</source>
        <translation>Số căn cước có 18 ký tự: 17 chữ số, rồi một chữ số hoặc X. Hãy đối chiếu với thẻ căn cước.</translation>
    </message>
    <message>
        <source>This ID number does not add up: its last character does not match the others, so one character is probably mistyped. Please check it against your ID card.</source>
        <translation>Số căn cước này không khớp: ký tự cuối không khớp với các số trước, có lẽ một ký tự bị gõ nhầm. Hãy đối chiếu với thẻ căn cước.</translation>
    </message>
    <message>
        <source>A real name is 2 to 40 letters (Chinese characters or Latin letters), as on your ID card.</source>
        <translation>Họ tên thật gồm 2 đến 40 chữ (chữ Hán hoặc chữ Latinh), đúng như trên thẻ căn cước.</translation>
    </message>
    <message>
        <source>Enter your Alipay account: the mobile number or email you sign in to Alipay with.</source>
        <translation>Hãy nhập tài khoản Alipay: số điện thoại hoặc email bạn dùng để đăng nhập Alipay.</translation>
    </message>
    <message>
        <source>An Alipay account is a mainland mobile number (11 digits) or an email address.</source>
        <translation>Tài khoản Alipay là số điện thoại Trung Quốc đại lục (11 chữ số) hoặc địa chỉ email.</translation>
    </message>
</context>
<context>
    <name>PayoutReasons</name>
    <message>
        <source>Not confirmed in WeChat within 24 hours.</source>
        <translation>Chưa xác nhận nhận tiền trong WeChat trong vòng 24 giờ.</translation>
    </message>
    <message>
        <source>The real name does not match the account.</source>
        <translation>Họ tên thật không khớp với tài khoản.</translation>
    </message>
    <message>
        <source>The account has not completed real-name verification.</source>
        <translation>Tài khoản chưa hoàn tất xác minh danh tính.</translation>
    </message>
    <message>
        <source>The account does not exist.</source>
        <translation>Tài khoản không tồn tại.</translation>
    </message>
    <message>
        <source>The account cannot receive money at the moment.</source>
        <translation>Tài khoản hiện không thể nhận tiền.</translation>
    </message>
    <message>
        <source>The account has reached its limit for receiving money.</source>
        <translation>Tài khoản đã đạt hạn mức nhận tiền.</translation>
    </message>
    <message>
        <source>The platform cannot make transfers at the moment.</source>
        <translation>Nền tảng hiện không thể chuyển tiền.</translation>
    </message>
    <message>
        <source>The platform cancelled the transfer.</source>
        <translation>Nền tảng đã hủy giao dịch chuyển tiền.</translation>
    </message>
    <message>
        <source>The provider did not complete the transfer.</source>
        <translation>Nhà cung cấp thanh toán không hoàn tất giao dịch chuyển tiền.</translation>
    </message>
    <message>
        <source>Your real name is needed for this payout.</source>
        <translation>Cần họ tên thật của bạn cho khoản chi trả này.</translation>
    </message>
    <message>
        <source>The amount is below the smallest transfer of ¥0.10.</source>
        <translation>Số tiền thấp hơn mức chuyển tối thiểu ¥0.10.</translation>
    </message>
    <message>
        <source>The amount is over the largest single payout of ¥100,000.</source>
        <translation>Số tiền vượt quá mức chi trả tối đa một lần ¥100,000.</translation>
    </message>
    <message>
        <source>the provider refused the transfer</source>
        <translation>nhà cung cấp thanh toán đã từ chối giao dịch</translation>
    </message>
    <message>
        <source>the money came back</source>
        <translation>tiền đã bị hoàn lại</translation>
    </message>
    <message>
        <source>the responder unbound their payout account before it was sent</source>
        <translation>bạn đã hủy liên kết tài khoản nhận tiền trước khi tiền được gửi</translation>
    </message>
    <message>
        <source>the responder changed their payout account before it was sent</source>
        <translation>bạn đã đổi tài khoản nhận tiền trước khi tiền được gửi</translation>
    </message>
</context>
<context>
    <name>Payouts</name>
    <message>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>Alipay</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Hộp cát</translation>
    </message>
    <message>
        <source>being prepared</source>
        <translation>đang chuẩn bị</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>đã gửi</translation>
    </message>
    <message>
        <source>waiting for you to confirm it in WeChat</source>
        <translation>chờ bạn xác nhận trên WeChat</translation>
    </message>
    <message>
        <source>on its way</source>
        <translation>đang chuyển</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>đã nhận</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>thất bại</translation>
    </message>
    <message>
        <source>came back</source>
        <translation>bị hoàn lại</translation>
    </message>
    <message>
        <source>%1 is on its way to your %2.</source>
        <translation>%1 đang được chuyển vào %2 của bạn.</translation>
    </message>
    <message>
        <source>%1 is waiting for you: scan the QR code in Earnings with WeChat and confirm it within 24 hours to receive it.</source>
        <translation>%1 đang chờ bạn: hãy dùng WeChat quét mã QR trong Thu nhập và xác nhận trong 24 giờ để nhận tiền.</translation>
    </message>
    <message>
        <source>%1 arrived in your %2.</source>
        <translation>%1 đã vào %2 của bạn.</translation>
    </message>
    <message>
        <source>no reason was given</source>
        <translation>không có lý do</translation>
    </message>
    <message>
        <source>%1 came back: %2. It is pending again and goes with the next payout.</source>
        <translation>%1 bị hoàn lại: %2. Khoản này chờ chi trả lại và sẽ đi cùng lần chi trả tới.</translation>
    </message>
</context>
<context>
    <name>PayoutsFeature</name>
    <message>
        <source>Add your payout account in Account ▸ Payouts.</source>
        <translation>Hãy thêm tài khoản nhận tiền trong Tài khoản ▸ Chi trả.</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Chi trả</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences — Responder</source>
        <translation>Tùy chọn — Responder</translation>
    </message>
    <message>
        <source>Preference pages</source>
        <translation>Các trang tùy chọn</translation>
    </message>
    <message>
        <source>Changes take effect at once.</source>
        <translation>Thay đổi có hiệu lực ngay.</translation>
    </message>
</context>
<context>
    <name>PresencePage</name>
    <message>
        <source>Go &amp;away after no input for</source>
        <translation>Chuyển sang vắng &amp;mặt khi không thao tác trong</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Không bao giờ</translation>
    </message>
    <message>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <source>&amp;Chats at the same time</source>
        <translation>Số cuộc trò chuyện &amp;cùng lúc</translation>
    </message>
    <message>
        <source>New clients are sent to you only while you have fewer chats than this. The server keeps the number, so it holds on every PC.</source>
        <translation>Bạn chỉ nhận khách mới khi số cuộc trò chuyện ít hơn con số này. Máy chủ giữ con số này nên nó áp dụng trên mọi máy.</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source>&amp;Hide what clients write in notifications (show only their name)</source>
        <translation>Ẩn nội dung khách viết trong thông báo, chỉ hiện &amp;tên</translation>
    </message>
    <message>
        <source>Use this when others can see your screen. Your notes on clients are private to you: no other responder sees them.</source>
        <translation>Hãy bật khi người khác có thể nhìn thấy màn hình của bạn. Ghi chú về khách là riêng của bạn: người trả lời khác không xem được.</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>1 client in the queue</source>
        <translation>1 khách đang xếp hàng</translation>
    </message>
    <message>
        <source>%1 clients in the queue</source>
        <translation>%1 khách đang xếp hàng</translation>
    </message>
    <message>
        <source>oldest waiting %1</source>
        <translation>người chờ lâu nhất %1</translation>
    </message>
</context>
<context>
    <name>QuickRepliesEditor</name>
    <message>
        <source>Shortcut</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Row %1: the shortcut must be one word, without spaces.</source>
        <translation>Dòng %1: phím tắt phải là một từ, không có dấu cách.</translation>
    </message>
    <message>
        <source>Row %1: the shortcut is too long (at most 30 characters).</source>
        <translation>Dòng %1: phím tắt quá dài (tối đa 30 ký tự).</translation>
    </message>
    <message>
        <source>Row %1: write the words this shortcut puts in.</source>
        <translation>Dòng %1: hãy viết câu mà phím tắt này sẽ chèn vào.</translation>
    </message>
    <message>
        <source>Row %1: the text is too long (at most 1,000 characters).</source>
        <translation>Dòng %1: nội dung quá dài (tối đa 1.000 ký tự).</translation>
    </message>
    <message>
        <source>Row %1: /%2 is already used above.</source>
        <translation>Dòng %1: /%2 đã được dùng ở trên.</translation>
    </message>
    <message>
        <source>At most 100 quick replies: remove a few first.</source>
        <translation>Tối đa 100 câu trả lời nhanh: hãy xóa bớt vài câu trước.</translation>
    </message>
    <message>
        <source>Type / and the shortcut in a reply, or press Ctrl+/ to pick one. {name} becomes what the client likes to be called. Your phrases follow you to any PC you sign in on.</source>
        <translation>Gõ / và phím tắt trong ô trả lời, hoặc nhấn Ctrl+/ để chọn. {name} sẽ thành tên mà khách thích được gọi. Các câu của bạn theo bạn sang mọi máy bạn đăng nhập.</translation>
    </message>
    <message>
        <source>Quick replies</source>
        <translation>Trả lời nhanh</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Thêm</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Restore the &amp;defaults</source>
        <translation>Khôi phục &amp;mặc định</translation>
    </message>
</context>
<context>
    <name>QuickRepliesFeature</name>
    <message>
        <source>Insert a &amp;quick reply…</source>
        <translation>Chèn câ&amp;u trả lời nhanh…</translation>
    </message>
    <message>
        <source>E&amp;dit quick replies…</source>
        <translation>Sử&amp;a câu trả lời nhanh…</translation>
    </message>
    <message>
        <source>Quick replies</source>
        <translation>Trả lời nhanh</translation>
    </message>
    <message>
        <source>Updated from your other device.</source>
        <translation>Đã cập nhật từ thiết bị khác của bạn.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <source>Saved. Your quick replies follow you to any PC.</source>
        <translation>Đã lưu. Câu trả lời nhanh của bạn theo bạn sang mọi máy.</translation>
    </message>
    <message>
        <source>Your other device changed these too; both sets are kept.</source>
        <translation>Thiết bị khác của bạn cũng đã sửa; cả hai bản đều được giữ lại.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Chưa lưu: %1</translation>
    </message>
</context>
<context>
    <name>QuickReplyPopup</name>
    <message>
        <source>Quick replies · ↑↓ choose · Enter inserts · Esc closes</source>
        <translation>Trả lời nhanh · ↑↓ chọn · Enter chèn · Esc đóng</translation>
    </message>
    <message>
        <source>Quick replies</source>
        <translation>Trả lời nhanh</translation>
    </message>
</context>
<context>
    <name>RatingsSection</name>
    <message>
        <source>Recent ratings</source>
        <translation>Đánh giá gần đây</translation>
    </message>
    <message>
        <source>Loading ratings…</source>
        <translation>Đang tải đánh giá…</translation>
    </message>
    <message>
        <source>No ratings yet.</source>
        <translation>Chưa có đánh giá nào.</translation>
    </message>
    <message numerus="yes">
        <source>%1 average from %n rating(s)</source>
        <translation>
            <numerusform>Trung bình %1 từ %n đánh giá</numerusform>
        </translation>
    </message>
    <message>
        <source>Client ratings</source>
        <translation>Đánh giá của khách</translation>
    </message>
</context>
<context>
    <name>ReplySpeedFeature</name>
    <message>
        <source>&amp;Longest waiting first</source>
        <translation>Ai chờ &amp;lâu nhất lên trước</translation>
    </message>
    <message>
        <source>Reply speed s&amp;tatistics…</source>
        <translation>Thố&amp;ng kê tốc độ trả lời…</translation>
    </message>
    <message>
        <source>Reply speed s&amp;ettings…</source>
        <translation>Cà&amp;i đặt tốc độ trả lời…</translation>
    </message>
    <message>
        <source>T&amp;ake this client</source>
        <translation>Nhận khách nà&amp;y</translation>
    </message>
    <message>
        <source>Reply speed</source>
        <translation>Tốc độ trả lời</translation>
    </message>
    <message>
        <source>Take %1&apos;s chat to reply.</source>
        <translation>Nhận cuộc trò chuyện của %1 để trả lời.</translation>
    </message>
    <message>
        <source>First reply in %1</source>
        <translation>Trả lời đầu tiên sau %1</translation>
    </message>
    <message>
        <source>client waited %1</source>
        <translation>khách đã chờ %1</translation>
    </message>
    <message>
        <source>Reassigned</source>
        <translation>Đã chuyển</translation>
    </message>
    <message>
        <source>No client on screen is waiting to be taken.</source>
        <translation>Không có khách nào trên màn hình đang chờ bạn nhận.</translation>
    </message>
</context>
<context>
    <name>ReplySpeedPage</name>
    <message>
        <source>Assign to me automatically</source>
        <translation>Tự động giao cho tôi</translation>
    </message>
    <message>
        <source>Offer them; I take each one</source>
        <translation>Đề nghị trước, tôi tự nhận từng khách</translation>
    </message>
    <message>
        <source>Clock turns &amp;amber after</source>
        <translation>Đồng hồ chuyển &amp;cam sau</translation>
    </message>
    <message>
        <source> s</source>
        <translation> giây</translation>
    </message>
    <message>
        <source>Clock turns &amp;red after</source>
        <translation>Đồng hồ chuyển đ&amp;ỏ sau</translation>
    </message>
    <message>
        <source>New &amp;clients</source>
        <translation>&amp;Khách mới</translation>
    </message>
    <message>
        <source>Show the &amp;longest-waiting clients first</source>
        <translation>Hiện khách chờ &amp;lâu nhất lên đầu</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Tell the operator about %1. They see this chat with your report. Reporting doesn&apos;t end the chat.</source>
        <translation>Báo cáo %1 cho bên vận hành. Họ sẽ xem cuộc trò chuyện này cùng với báo cáo của bạn. Báo cáo không kết thúc cuộc trò chuyện.</translation>
    </message>
    <message>
        <source>Abuse or harassment</source>
        <translation>Lăng mạ hoặc quấy rối</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Đe dọa</translation>
    </message>
    <message>
        <source>Spam or advertising</source>
        <translation>Tin rác hoặc quảng cáo</translation>
    </message>
    <message>
        <source>Seems to be under age</source>
        <translation>Có vẻ chưa đủ tuổi</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Lý do khác</translation>
    </message>
    <message>
        <source>Report this client</source>
        <translation>Báo cáo khách hàng này</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Lý do</translation>
    </message>
    <message>
        <source>&amp;Note for the operator (optional)</source>
        <translation>&amp;Ghi chú cho bên vận hành (không bắt buộc)</translation>
    </message>
    <message>
        <source>What happened, in a few words</source>
        <translation>Chuyện gì đã xảy ra, vài lời thôi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>&amp;Send report</source>
        <translation>&amp;Gửi báo cáo</translation>
    </message>
</context>
<context>
    <name>ResponderPageFeature</name>
    <message>
        <source>&amp;My page…</source>
        <translation>Tran&amp;g của tôi…</translation>
    </message>
    <message>
        <source>via your page</source>
        <translation>qua trang của bạn</translation>
    </message>
    <message>
        <source>This client paid for a chat with you from your page.</source>
        <translation>Khách này đã trả tiền trò chuyện với bạn từ trang của bạn.</translation>
    </message>
    <message>
        <source>The address is 3 to 32 letters a-z, digits or dashes, starting with a letter.</source>
        <translation>Địa chỉ gồm 3 đến 32 chữ cái a-z, chữ số hoặc dấu gạch ngang, bắt đầu bằng chữ cái.</translation>
    </message>
    <message>
        <source>Please shorten the page: the introduction is at most 600 characters, and at most 8 topics of 20 characters each.</source>
        <translation>Hãy viết ngắn lại: phần giới thiệu tối đa 600 ký tự, tối đa 8 chủ đề, mỗi chủ đề tối đa 20 ký tự.</translation>
    </message>
    <message>
        <source>Saved. Your page: %1</source>
        <translation>Đã lưu. Trang của bạn: %1</translation>
    </message>
    <message>
        <source>Your page may not carry contact details (“%1”): clients reach you through the platform, where payment and safety hold.</source>
        <translation>Trang không được có thông tin liên lạc (“%1”): khách tìm bạn qua nền tảng, nơi thanh toán và an toàn được bảo đảm.</translation>
    </message>
    <message>
        <source>Your page has a phrase the platform does not allow. Please change the wording and save again.</source>
        <translation>Trang có từ ngữ mà nền tảng không cho phép. Hãy sửa lại rồi lưu.</translation>
    </message>
    <message>
        <source>Another responder already uses this address. Please choose another.</source>
        <translation>Địa chỉ này đã có người lắng nghe khác dùng. Hãy chọn địa chỉ khác.</translation>
    </message>
    <message>
        <source>Address copied.</source>
        <translation>Đã chép địa chỉ.</translation>
    </message>
    <message>
        <source>Save the QR code</source>
        <translation>Lưu mã QR</translation>
    </message>
    <message>
        <source>Save the share image</source>
        <translation>Lưu ảnh chia sẻ</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Đã lưu %1</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>Không ghi được %1</translation>
    </message>
    <message>
        <source>%1 for %2 minutes</source>
        <translation>%1 cho %2 phút</translation>
    </message>
    <message>
        <source>Someone is listening</source>
        <translation>Có người lắng nghe</translation>
    </message>
    <message>
        <source>Scan to talk with me</source>
        <translation>Quét mã để trò chuyện với tôi</translation>
    </message>
</context>
<context>
    <name>SafetyFeature</name>
    <message>
        <source>&amp;Report this client…</source>
        <translation>&amp;Báo cáo khách hàng này…</translation>
    </message>
    <message>
        <source>&amp;Block this client…</source>
        <translation>&amp;Chặn khách hàng này…</translation>
    </message>
    <message>
        <source>Take a &amp;break from new clients…</source>
        <translation>Tạ&amp;m nghỉ nhận khách mới…</translation>
    </message>
    <message>
        <source>Your &amp;day…</source>
        <translation>Ngày của &amp;bạn…</translation>
    </message>
    <message>
        <source>&amp;Safety and breaks…</source>
        <translation>&amp;An toàn và nghỉ ngơi…</translation>
    </message>
    <message>
        <source>Contact details (%1): against the platform&apos;s rules. Payment and safety only hold inside the platform.</source>
        <translation>Thông tin liên lạc (%1): trái quy định của nền tảng. Thanh toán và an toàn chỉ được bảo đảm trong nền tảng.</translation>
    </message>
    <message>
        <source>May be abusive</source>
        <translation>Có thể là lăng mạ</translation>
    </message>
    <message>
        <source>%1 may be in crisis: see the card in their chat.</source>
        <translation>%1 có thể đang gặp khủng hoảng: hãy xem thẻ trong cuộc trò chuyện với họ.</translation>
    </message>
    <message>
        <source>The client sees these numbers on their page now.</source>
        <translation>Khách hàng giờ đã thấy các số này trên trang của họ.</translation>
    </message>
    <message>
        <source>A supervisor will look at this chat.</source>
        <translation>Người giám sát sẽ xem cuộc trò chuyện này.</translation>
    </message>
    <message>
        <source>Open a chat first.</source>
        <translation>Hãy mở một cuộc trò chuyện trước.</translation>
    </message>
    <message>
        <source>You blocked %1</source>
        <translation>Bạn đã chặn %1</translation>
    </message>
    <message>
        <source>You blocked %1. The chat has ended, and they won&apos;t be sent to you again.</source>
        <translation>Bạn đã chặn %1. Cuộc trò chuyện đã kết thúc, và người này sẽ không được chuyển đến bạn nữa.</translation>
    </message>
    <message>
        <source>Report sent. The operator will look at it; your chat goes on.</source>
        <translation>Đã gửi báo cáo. Bên vận hành sẽ xem xét; cuộc trò chuyện của bạn vẫn tiếp tục.</translation>
    </message>
    <message numerus="yes">
        <source>New clients paused for %n minutes. Your current chats go on.</source>
        <translation>
            <numerusform>Đã tạm dừng nhận khách mới trong %n phút. Các cuộc trò chuyện hiện tại vẫn tiếp tục.</numerusform>
        </translation>
    </message>
    <message>
        <source>Welcome back. New clients can reach you again.</source>
        <translation>Chào mừng bạn trở lại. Khách mới lại có thể tìm đến bạn.</translation>
    </message>
    <message numerus="yes">
        <source>You&apos;ve reached your daily limit of %n chats. New clients are paused until tomorrow; your current chats go on.</source>
        <translation>
            <numerusform>Bạn đã đạt giới hạn %n cuộc trò chuyện mỗi ngày. Khách mới được tạm dừng đến ngày mai; các cuộc trò chuyện hiện tại vẫn tiếp tục.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You&apos;ve reached your daily limit of %n hours online. New clients are paused until tomorrow; your current chats go on.</source>
        <translation>
            <numerusform>Bạn đã đạt giới hạn %n giờ trực tuyến mỗi ngày. Khách mới được tạm dừng đến ngày mai; các cuộc trò chuyện hiện tại vẫn tiếp tục.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafetySettingsDialog</name>
    <message>
        <source>Safety and breaks — Responder</source>
        <translation>An toàn và nghỉ ngơi — Responder</translation>
    </message>
    <message>
        <source>Messages that look abusive</source>
        <translation>Tin nhắn có vẻ lăng mạ</translation>
    </message>
    <message>
        <source>Show them blurred until I click them</source>
        <translation>Làm mờ cho đến khi tôi bấm vào</translation>
    </message>
    <message>
        <source>Suggest blocking after</source>
        <translation>Gợi ý chặn sau</translation>
    </message>
    <message>
        <source> messages</source>
        <translation> tin nhắn</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Nghỉ ngơi</translation>
    </message>
    <message>
        <source>Suggest a break after working for</source>
        <translation>Gợi ý nghỉ sau khi làm liền</translation>
    </message>
    <message>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Không bao giờ</translation>
    </message>
    <message>
        <source>A break is at least</source>
        <translation>Nghỉ ít nhất</translation>
    </message>
    <message>
        <source>Pause new clients for</source>
        <translation>Tạm dừng nhận khách mới trong</translation>
    </message>
    <message>
        <source>Suggest a break right after a heavy chat</source>
        <translation>Gợi ý nghỉ ngay sau một cuộc trò chuyện nặng nề</translation>
    </message>
    <message>
        <source>Daily limit</source>
        <translation>Giới hạn hằng ngày</translation>
    </message>
    <message>
        <source>Hours online a day</source>
        <translation>Số giờ trực tuyến mỗi ngày</translation>
    </message>
    <message>
        <source> h</source>
        <translation> giờ</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Không giới hạn</translation>
    </message>
    <message>
        <source>Chats a day</source>
        <translation>Số cuộc trò chuyện mỗi ngày</translation>
    </message>
    <message>
        <source>When you reach it, new clients pause until tomorrow and the app says why. Your current chats go on.</source>
        <translation>Khi đạt giới hạn, việc nhận khách mới tạm dừng đến ngày mai và ứng dụng sẽ cho bạn biết lý do. Các cuộc trò chuyện hiện tại vẫn tiếp tục.</translation>
    </message>
</context>
<context>
    <name>SessionTimeFeature</name>
    <message>
        <source>%1 left</source>
        <translation>Còn %1</translation>
    </message>
    <message numerus="yes">
        <source>Less than %n minutes left. %1 has been told too.</source>
        <translation>
            <numerusform>Chỉ còn chưa đến %n phút. %1 cũng đã được báo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Đã hết giờ</translation>
    </message>
    <message>
        <source>Time is up · the chat ends in %1 unless the client extends</source>
        <translation>Đã hết giờ · cuộc trò chuyện kết thúc sau %1 nếu khách hàng không gia hạn</translation>
    </message>
    <message>
        <source>Time is up · the chat is ending</source>
        <translation>Đã hết giờ · cuộc trò chuyện đang kết thúc</translation>
    </message>
    <message numerus="yes">
        <source>%1 added %n minutes</source>
        <translation>
            <numerusform>%1 đã gia hạn thêm %n phút</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n minutes left</source>
        <translation>
            <numerusform>%1 còn %n phút</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts — Responder</source>
        <translation>Phím tắt — Responder</translation>
    </message>
    <message>
        <source>Press ? (when you are not typing) or F1 to see this list again. Esc closes it.</source>
        <translation>Nhấn ? (khi không đang gõ) hoặc F1 để xem lại danh sách này. Esc để đóng.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Phím</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Enter the address of your Responder server.</source>
        <translation>Nhập địa chỉ máy chủ Responder của bạn.</translation>
    </message>
    <message>
        <source>Enter the email address you registered with.</source>
        <translation>Nhập email bạn đã dùng để đăng ký.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Nhập mật khẩu của bạn.</translation>
    </message>
    <message>
        <source>Sign in — Responder</source>
        <translation>Đăng nhập — Responder</translation>
    </message>
    <message>
        <source>Sign in to Responder</source>
        <translation>Đăng nhập Responder</translation>
    </message>
    <message>
        <source>Clients are waiting for a human answer. Sign in to start helping.</source>
        <translation>Có người đang chờ một lời hồi đáp thật lòng. Đăng nhập để bắt đầu giúp họ.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Địa chỉ máy chủ</translation>
    </message>
    <message>
        <source>https://responder.example.com</source>
        <translation>https://responder.example.com</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>ban@example.com</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Keep me signed in on this computer</source>
        <translation>Giữ đăng nhập trên máy này</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Đang đăng nhập…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
</context>
<context>
    <name>StartupPage</name>
    <message>
        <source>&amp;Start Responder when I sign in to this computer</source>
        <translation>&amp;Mở Responder khi tôi đăng nhập vào máy tính này</translation>
    </message>
    <message>
        <source>Responder then waits in the notification area, signed in if you asked it to keep you signed in.</source>
        <translation>Responder sẽ chờ trong vùng thông báo, và tự đăng nhập nếu bạn đã chọn giữ đăng nhập.</translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <source>Period: %1 to %2 (%3)</source>
        <translation>Kỳ: %1 đến %2 (%3)</translation>
    </message>
    <message>
        <source>Paid by: %1 (unified social credit code %2)</source>
        <translation>Đơn vị trả: %1 (mã tín dụng xã hội thống nhất %2)</translation>
    </message>
    <message>
        <source>Responder: %1</source>
        <translation>Người trả lời: %1</translation>
    </message>
    <message>
        <source>Made %1 from the platform&apos;s ledger. Amounts in yuan.</source>
        <translation>Lập %1 từ sổ cái của nền tảng. Số tiền tính bằng nhân dân tệ.</translation>
    </message>
    <message>
        <source>Sessions (day / night)</source>
        <translation>Phiên (ngày / đêm)</translation>
    </message>
    <message>
        <source>Session prices</source>
        <translation>Giá phiên</translation>
    </message>
    <message>
        <source>Platform fee</source>
        <translation>Phí nền tảng</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Tiền thưởng</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Hoàn tiền</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>Điều chỉnh</translation>
    </message>
    <message>
        <source>Income before tax</source>
        <translation>Thu nhập trước thuế</translation>
    </message>
    <message>
        <source>Income tax withheld</source>
        <translation>Thuế thu nhập đã khấu trừ</translation>
    </message>
    <message>
        <source>Net earnings</source>
        <translation>Thu nhập ròng</translation>
    </message>
    <message>
        <source>Paid out in the period</source>
        <translation>Đã trả trong kỳ</translation>
    </message>
    <message>
        <source>Not yet paid out</source>
        <translation>Chưa trả</translation>
    </message>
    <message>
        <source>Income in %1 so far</source>
        <translation>Thu nhập năm %1 đến nay</translation>
    </message>
    <message>
        <source>Months counted in %1</source>
        <translation>Số tháng tính trong năm %1</translation>
    </message>
    <message>
        <source>Tax withheld in %1 so far</source>
        <translation>Thuế đã khấu trừ năm %1 đến nay</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Phiên</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Thưởng</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Điều chỉnh</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Thuế</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Đêm</translation>
    </message>
    <message>
        <source>Not paid out yet</source>
        <translation>Chưa chi trả</translation>
    </message>
    <message>
        <source>Being paid</source>
        <translation>Đang chi trả</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Đã chi trả</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Khách</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Khung giờ</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Giá</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Phí</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Ròng</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>Alipay</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Thử nghiệm</translation>
    </message>
    <message>
        <source>Recorded by hand</source>
        <translation>Ghi thủ công</translation>
    </message>
    <message>
        <source>Paid to</source>
        <translation>Trả vào</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Mã giao dịch</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Bảng kê</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <source>Statement %1</source>
        <translation>Bảng kê %1</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Chi trả</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Bảng kê</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Các khoản trả</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Các mục</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Xuất &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Xuất &amp;CSV…</translation>
    </message>
</context>
<context>
    <name>StatementsFeature</name>
    <message>
        <source>Income statement %1</source>
        <translation>Bảng kê thu nhập %1</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Đã lưu vào %1.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Không lưu được %1: %2</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the statement</source>
        <translation>Xuất bảng kê</translation>
    </message>
</context>
<context>
    <name>StatementsSection</name>
    <message numerus="yes">
        <source>%1 · net %2 · tax withheld %3 · %n session(s)</source>
        <translation>
            <numerusform>%1 · ròng %2 · thuế đã khấu trừ %3 · %n phiên</numerusform>
        </translation>
    </message>
    <message>
        <source>No statements yet: they appear once you have earned.</source>
        <translation>Chưa có bảng kê: bảng kê xuất hiện khi bạn có thu nhập.</translation>
    </message>
    <message>
        <source>The first day is after the last day.</source>
        <translation>Ngày đầu ở sau ngày cuối.</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Bảng kê</translation>
    </message>
    <message>
        <source>Monthly statements</source>
        <translation>Bảng kê hằng tháng</translation>
    </message>
    <message>
        <source>&amp;Open statement</source>
        <translation>&amp;Mở bảng kê</translation>
    </message>
    <message>
        <source>Any days:</source>
        <translation>Ngày bất kỳ:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Ngày đầu</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Ngày cuối</translation>
    </message>
    <message>
        <source>&amp;Statement for these days</source>
        <translation>&amp;Bảng kê cho những ngày này</translation>
    </message>
</context>
<context>
    <name>StatsPanel</name>
    <message>
        <source>First replies, last 30 days</source>
        <translation>Trả lời đầu tiên, 30 ngày qua</translation>
    </message>
    <message>
        <source>Daily median and 90th percentile</source>
        <translation>Trung vị và phân vị 90 mỗi ngày</translation>
    </message>
    <message>
        <source>Loading your reply speed…</source>
        <translation>Đang tải tốc độ trả lời của bạn…</translation>
    </message>
    <message>
        <source>%1 (%2 answered)</source>
        <translation>%1 (đã trả lời %2)</translation>
    </message>
    <message>
        <source>First replies</source>
        <translation>Trả lời đầu tiên</translation>
    </message>
    <message>
        <source>seconds to the first reply</source>
        <translation>số giây đến câu trả lời đầu tiên</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>%1 s+</source>
        <translation>%1 giây trở lên</translation>
    </message>
    <message>
        <source>%1–%2 s</source>
        <translation>%1–%2 giây</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>giây</translation>
    </message>
    <message>
        <source>Days are counted in %1. Updates as you answer.</source>
        <translation>Ngày tính theo %1. Tự cập nhật khi bạn trả lời.</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Trung vị</translation>
    </message>
    <message>
        <source>time to the first reply</source>
        <translation>thời gian đến câu trả lời đầu tiên</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>Phân vị 90</translation>
    </message>
    <message>
        <source>Reply speed</source>
        <translation>Tốc độ trả lời</translation>
    </message>
    <message>
        <source>How fast you answer</source>
        <translation>Bạn trả lời nhanh thế nào</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Tuần này</translation>
    </message>
    <message>
        <source>Median first reply</source>
        <translation>Trung vị lần trả lời đầu</translation>
    </message>
    <message>
        <source>90% answered within</source>
        <translation>90% được trả lời trong</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Khách</translation>
    </message>
    <message>
        <source>Answered within 10 s</source>
        <translation>Trả lời trong 10 giây</translation>
    </message>
    <message>
        <source>Answered within 30 s</source>
        <translation>Trả lời trong 30 giây</translation>
    </message>
    <message>
        <source>Reassigned (no reply in time)</source>
        <translation>Bị chuyển (không trả lời kịp)</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <source>Connected</source>
        <translation>Đã kết nối</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Đang kết nối…</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Đang kết nối lại…</translation>
    </message>
    <message>
        <source>Reconnecting in %1 s</source>
        <translation>Kết nối lại sau %1 giây</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Ngoại tuyến</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Thử lại ngay</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Vắng mặt</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Show Responder</source>
        <translation>Hiện Responder</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Vắng mặt</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Ngoại tuyến</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Tùy chọn…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>Responder — %1 waiting · %2 unread</source>
        <translation>Responder — %1 đang chờ · %2 chưa đọc</translation>
    </message>
</context>
<context>
    <name>WrapUpDialog</name>
    <message>
        <source>Wrap up the chat with %1. A note and tags are optional.</source>
        <translation>Kết thúc cuộc trò chuyện với %1. Ghi chú và nhãn không bắt buộc.</translation>
    </message>
    <message>
        <source>Wrap up</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <source>Wrap-up &amp;note (optional)</source>
        <translation>&amp;Ghi chú kết thúc (không bắt buộc)</translation>
    </message>
    <message>
        <source>What you talked about, how they left</source>
        <translation>Hai bên đã nói gì, họ rời đi thế nào</translation>
    </message>
    <message>
        <source>&amp;Tags (optional)</source>
        <translation>&amp;Nhãn (không bắt buộc)</translation>
    </message>
    <message>
        <source>added to your notes on them</source>
        <translation>sẽ thêm vào ghi chú của bạn về họ</translation>
    </message>
    <message>
        <source>Back to the chat</source>
        <translation>Quay lại trò chuyện</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Bỏ qua</translation>
    </message>
    <message>
        <source>&amp;Wrap up</source>
        <translation>&amp;Kết thúc</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Starting the demo…</source>
        <translation>Đang khởi động bản demo…</translation>
    </message>
    <message>
        <source>Launching a local server and a few simulated clients.</source>
        <translation>Đang chạy máy chủ cục bộ và vài khách mô phỏng.</translation>
    </message>
    <message>
        <source>The demo couldn&apos;t start.</source>
        <translation>Không khởi động được bản demo.</translation>
    </message>
</context>
</TS>
