<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>mdg::kiosk::DeskEntry</name>
    <message>
        <source>Please fill this in.</source>
        <translation>Vui lòng điền vào mục này.</translation>
    </message>
    <message>
        <source>This day does not exist. Please check the year, month and day.</source>
        <translation>Ngày này không tồn tại. Vui lòng kiểm tra năm, tháng, ngày.</translation>
    </message>
    <message>
        <source>Please write the reading in kana (hiragana or katakana).</source>
        <translation>Vui lòng viết cách đọc bằng kana (hiragana hoặc katakana).</translation>
    </message>
    <message>
        <source>Please check the date: moving in is reported after the move, moving out up to 30 days before it.</source>
        <translation>Vui lòng kiểm tra ngày: chuyển đến được khai báo sau khi chuyển, chuyển đi tối đa 30 ngày trước.</translation>
    </message>
    <message>
        <source>A date of birth cannot be in the future.</source>
        <translation>Ngày sinh không thể ở tương lai.</translation>
    </message>
    <message>
        <source>Please add at least one person.</source>
        <translation>Vui lòng thêm ít nhất một người.</translation>
    </message>
</context>
<context>
    <name>mdg::ui::AddressField</name>
    <message>
        <source>No address has this postal code. Please check it, or write the address below.</source>
        <translation>Không có địa chỉ nào với mã bưu chính này. Vui lòng kiểm tra hoặc viết địa chỉ bên dưới.</translation>
    </message>
    <message>
        <source>Please enter the postal code (7 digits).</source>
        <translation>Vui lòng nhập mã bưu chính (7 chữ số).</translation>
    </message>
    <message>
        <source>Please write the block number (for example 3-1-2 or 3丁目1番2号).</source>
        <translation>Vui lòng viết số nhà (ví dụ 3-1-2 hoặc 3丁目1番2号).</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Mã bưu chính</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Block number</source>
        <translation>Số nhà</translation>
    </message>
    <message>
        <source>e.g. 3-1-2, building and room</source>
        <translation>ví dụ 3-1-2, tòa nhà và phòng</translation>
    </message>
    <message>
        <source>Find the address of the postal code</source>
        <translation>Tìm địa chỉ theo mã bưu chính</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Tên khu phố</translation>
    </message>
</context>
<context>
    <name>mdg::ui::DateField</name>
    <message>
        <source>Western year</source>
        <translation>Dương lịch</translation>
    </message>
    <message>
        <source>Era</source>
        <translation>Niên hiệu</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>year</source>
        <translation>năm</translation>
    </message>
    <message>
        <source>month</source>
        <translation>tháng</translation>
    </message>
    <message>
        <source>day</source>
        <translation>ngày</translation>
    </message>
</context>
<context>
    <name>mdg::ui::KioskWindow</name>
    <message>
        <source>Welcome</source>
        <translation>Xin chào</translation>
    </message>
    <message>
        <source>What would you like to report?</source>
        <translation>Bạn muốn khai báo gì?</translation>
    </message>
    <message>
        <source>Date of the move</source>
        <translation>Ngày chuyển nhà</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Who is moving</source>
        <translation>Người chuyển nhà</translation>
    </message>
    <message>
        <source>A few questions</source>
        <translation>Một vài câu hỏi</translation>
    </message>
    <message>
        <source>Please check</source>
        <translation>Vui lòng kiểm tra</translation>
    </message>
    <message>
        <source>Your reception number</source>
        <translation>Số tiếp nhận của bạn</translation>
    </message>
    <message>
        <source>Staff: leave kiosk mode</source>
        <translation>Nhân viên: thoát chế độ kiosk</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Tiếp</translation>
    </message>
    <message>
        <source>Welcome. Enter your move here and get a reception number.
Please choose your language.</source>
        <translation>Xin chào. Nhập thông tin chuyển nhà tại đây để nhận số tiếp nhận.
Vui lòng chọn ngôn ngữ.</translation>
    </message>
    <message>
        <source>Please choose what you would like to report.</source>
        <translation>Vui lòng chọn loại khai báo.</translation>
    </message>
    <message>
        <source>Moving in
(you moved here from another city)</source>
        <translation>Chuyển đến
(bạn chuyển đến từ thành phố khác)</translation>
    </message>
    <message>
        <source>Moving out
(you are moving to another city)</source>
        <translation>Chuyển đi
(bạn chuyển sang thành phố khác)</translation>
    </message>
    <message>
        <source>Moving within the city
(a new address in this city)</source>
        <translation>Chuyển trong thành phố
(địa chỉ mới trong thành phố này)</translation>
    </message>
    <message>
        <source>On which day do you move out (planned)?</source>
        <translation>Bạn dự định chuyển đi vào ngày nào?</translation>
    </message>
    <message>
        <source>On which day did you move?</source>
        <translation>Bạn đã chuyển nhà vào ngày nào?</translation>
    </message>
    <message>
        <source>Your address now</source>
        <translation>Địa chỉ hiện tại</translation>
    </message>
    <message>
        <source>Where you lived before</source>
        <translation>Nơi ở trước đây</translation>
    </message>
    <message>
        <source>Where you are moving to</source>
        <translation>Nơi sẽ chuyển đến</translation>
    </message>
    <message>
        <source>Your new address</source>
        <translation>Địa chỉ mới</translation>
    </message>
    <message>
        <source>Enter each person who moves, one at a time, starting with yourself. Press &quot;Add this person&quot; after each.</source>
        <translation>Nhập từng người chuyển nhà, bắt đầu từ bạn. Sau mỗi người, nhấn &quot;Thêm người này&quot;.</translation>
    </message>
    <message>
        <source>Add this person</source>
        <translation>Thêm người này</translation>
    </message>
    <message>
        <source>These answers tell you which other procedures your move needs. Skip any you do not want to answer.</source>
        <translation>Các câu trả lời cho biết bạn cần làm thêm thủ tục nào. Có thể bỏ qua câu không muốn trả lời.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Send and get my number</source>
        <translation>Gửi và nhận số</translation>
    </message>
    <message>
        <source>Thank you. Please wait until this number is called.</source>
        <translation>Cảm ơn. Vui lòng chờ đến khi số này được gọi.</translation>
    </message>
    <message>
        <source>Print a slip</source>
        <translation>In phiếu</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Hoàn tất</translation>
    </message>
    <message>
        <source>I am still here</source>
        <translation>Tôi vẫn ở đây</translation>
    </message>
    <message>
        <source>Administrator PIN</source>
        <translation>Mã PIN quản trị</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Thoát chế độ kiosk</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Moving in</source>
        <translation>Chuyển đến</translation>
    </message>
    <message>
        <source>Moving out</source>
        <translation>Chuyển đi</translation>
    </message>
    <message>
        <source>Moving within the city</source>
        <translation>Chuyển trong thành phố</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Đang gửi…</translation>
    </message>
    <message>
        <source>Your entry could not be sent (%1). Please try again, or ask at the counter.</source>
        <translation>Không gửi được (%1). Vui lòng thử lại hoặc hỏi tại quầy.</translation>
    </message>
    <message>
        <source>Other procedures your move needs, in order:</source>
        <translation>Các thủ tục khác cần làm (theo thứ tự):</translation>
    </message>
    <message>
        <source>%1, window %2</source>
        <translation>%1, quầy số %2</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Hạn: %1</translation>
    </message>
    <message>
        <source>Bring: %1</source>
        <translation>Mang theo: %1</translation>
    </message>
    <message>
        <source>The slip could not be printed. Please note your number.</source>
        <translation>Không in được phiếu. Vui lòng ghi lại số của bạn.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again later.</source>
        <translation>Nhập sai PIN quá nhiều lần. Vui lòng thử lại sau.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Sai mã PIN.</translation>
    </message>
    <message>
        <source>Questions answered</source>
        <translation>Số câu đã trả lời</translation>
    </message>
    <message>
        <source>Are you still there? If not, your entry will be erased in %1 seconds.</source>
        <translation>Bạn vẫn ở đây chứ? Nếu không, nội dung đã nhập sẽ bị xóa sau %1 giây.</translation>
    </message>
    <message>
        <source>Read my My Number card</source>
        <translation>Đọc thẻ My Number của tôi</translation>
    </message>
    <message>
        <source>Your name, date of birth and sex were taken from your card. Please type the reading of your name.</source>
        <translation>Họ tên, ngày sinh và giới tính đã được lấy từ thẻ của bạn. Vui lòng nhập cách đọc tên (katakana).</translation>
    </message>
</context>
<context>
    <name>mdg::ui::MemberForm</name>
    <message>
        <source>head of household</source>
        <translation>chủ hộ</translation>
    </message>
    <message>
        <source>wife</source>
        <translation>vợ</translation>
    </message>
    <message>
        <source>husband</source>
        <translation>chồng</translation>
    </message>
    <message>
        <source>child</source>
        <translation>con</translation>
    </message>
    <message>
        <source>father</source>
        <translation>cha</translation>
    </message>
    <message>
        <source>mother</source>
        <translation>mẹ</translation>
    </message>
    <message>
        <source>grandfather</source>
        <translation>ông</translation>
    </message>
    <message>
        <source>grandmother</source>
        <translation>bà</translation>
    </message>
    <message>
        <source>grandchild</source>
        <translation>cháu</translation>
    </message>
    <message>
        <source>older brother</source>
        <translation>anh trai</translation>
    </message>
    <message>
        <source>older sister</source>
        <translation>chị gái</translation>
    </message>
    <message>
        <source>younger brother</source>
        <translation>em trai</translation>
    </message>
    <message>
        <source>younger sister</source>
        <translation>em gái</translation>
    </message>
    <message>
        <source>lodger</source>
        <translation>người ở cùng</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Nhật Bản</translation>
    </message>
    <message>
        <source>China</source>
        <translation>Trung Quốc</translation>
    </message>
    <message>
        <source>Korea</source>
        <translation>Hàn Quốc</translation>
    </message>
    <message>
        <source>Viet Nam</source>
        <translation>Việt Nam</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>Philippines</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brazil</translation>
    </message>
    <message>
        <source>Nepal</source>
        <translation>Nepal</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>Indonesia</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Hoa Kỳ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <source>Reading (kana)</source>
        <translation>Cách đọc (kana)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Quan hệ với chủ hộ</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Quốc tịch</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Họ</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Family name in kana</source>
        <translation>Họ (kana)</translation>
    </message>
    <message>
        <source>Given name in kana</source>
        <translation>Tên (kana)</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
</context>
</TS>
