"""Articles written for the labelled fixture set: invented wards and people, plain facts.

Each article is the ground truth: the layouts in layouts.py print it the way one portal
family would, and build.py records what a correct import must read back.
"""

from dataclasses import dataclass, field
from datetime import datetime

from bantin.vietnamese import TIMEZONE


@dataclass(frozen=True)
class Article:
    slug: str
    section: str
    title: str
    published: datetime | None
    lead: str
    paragraphs: tuple
    byline: str | None = None
    views: int | None = None
    captions: tuple = ()
    related: tuple = field(default=())


def at(*parts):
    return datetime(*parts, tzinfo=TIMEZONE)


ARTICLES = (
    Article(
        slug="tiep-xuc-cu-tri-phuong-tan-lap",
        section="Hoạt động Chính quyền",
        title="Đại biểu HĐND phường Tân Lập tiếp xúc cử tri trước kỳ họp cuối năm",
        published=at(2022, 11, 28, 8, 45),
        lead="Sáng 26/11, tổ đại biểu HĐND phường Tân Lập đã tiếp xúc cử tri khu phố 2 và "
        "khu phố 5 để nghe ý kiến, kiến nghị trước kỳ họp thường lệ cuối năm 2022.",
        paragraphs=(
            "Tại buổi tiếp xúc, đại diện UBND phường báo cáo kết quả thực hiện nhiệm vụ "
            "kinh tế - xã hội mười một tháng đầu năm và dự kiến nội dung kỳ họp.",
            "Cử tri đề nghị phường sớm nâng cấp tuyến hẻm 14 thường bị ngập khi triều cường, "
            "bố trí thêm đèn chiếu sáng ở khu vực chợ tạm và tăng cường kiểm tra trật tự "
            "lòng lề đường.",
            "Thay mặt tổ đại biểu, ông Lưu Văn Hòa tiếp thu các ý kiến và cho biết những "
            "kiến nghị thuộc thẩm quyền sẽ được trả lời ngay tại kỳ họp.",
        ),
        byline="Quốc Bảo",
        views=1234,
        captions=("Cử tri khu phố 2 phát biểu ý kiến tại buổi tiếp xúc",),
    ),
    Article(
        slug="ra-quan-diet-lang-quang",
        section="Y tế - Sức khỏe",
        title="Ra quân chiến dịch diệt lăng quăng phòng bệnh sốt xuất huyết",
        published=at(2023, 6, 3, 7, 30),
        lead="Trạm Y tế xã Bình Hòa phối hợp Đoàn Thanh niên ra quân chiến dịch diệt lăng "
        "quăng tại 6 ấp, tập trung ở các khu dân cư có nhiều ca bệnh năm trước.",
        paragraphs=(
            "Hơn 120 đoàn viên, tình nguyện viên chia thành từng nhóm đến từng hộ gia đình "
            "hướng dẫn người dân úp ngược vật dụng chứa nước, thả cá vào lu và thay nước "
            "bình bông.",
            "Theo Trạm Y tế, từ đầu năm đến nay xã ghi nhận 17 ca sốt xuất huyết, giảm 9 ca "
            "so với cùng kỳ; chưa có ổ dịch phức tạp.",
            "Chiến dịch sẽ được duy trì vào sáng thứ Bảy hằng tuần đến hết mùa mưa.",
        ),
        byline="Thanh Hương",
        views=562,
        captions=(
            "Đoàn viên hướng dẫn người dân ấp 3 dọn dẹp vật dụng chứa nước",
            "Cán bộ y tế kiểm tra lăng quăng trong lu nước của hộ dân",
        ),
    ),
    Article(
        slug="hoi-nghi-ban-chap-hanh-dang-bo-xa",
        section="Đảng - đoàn thể",
        title="Ban Chấp hành Đảng bộ xã Phước Sơn họp phiên thường kỳ quý III",
        published=at(2021, 9, 30, 14, 15),
        lead="Chiều 29/9, Ban Chấp hành Đảng bộ xã Phước Sơn tổ chức hội nghị đánh giá tình "
        "hình thực hiện nhiệm vụ quý III và triển khai nhiệm vụ quý IV năm 2021.",
        paragraphs=(
            "Hội nghị đã thảo luận báo cáo sơ kết công tác xây dựng Đảng, công tác phòng, "
            "chống dịch bệnh và phát triển kinh tế trên địa bàn.",
            "Đồng chí Trịnh Thị Mai, Bí thư Đảng ủy xã, đề nghị các chi bộ tập trung rà soát "
            "đảng viên, hoàn thành việc thu nộp đảng phí và chuẩn bị tốt cho đợt kết nạp "
            "đảng viên mới dịp 7/11.",
            "Dịp này, Đảng ủy xã trao Huy hiệu 30 năm tuổi Đảng cho 4 đảng viên.",
        ),
        byline="Văn Phong",
        views=87,
    ),
    Article(
        slug="tuyen-truyen-cai-cach-hanh-chinh",
        section="Cải cách hành chính",
        title="Phường Hòa Khánh đưa dịch vụ công trực tuyến về từng khu phố",
        published=at(2024, 3, 12, 9, 30),
        lead="Từ tháng 3/2024, tổ công nghệ số cộng đồng của phường Hòa Khánh đến từng khu phố "
        "hướng dẫn người dân nộp hồ sơ trực tuyến trên điện thoại.",
        paragraphs=(
            "Mỗi tổ gồm công chức bộ phận một cửa, đoàn viên thanh niên và tổ trưởng khu phố, "
            "làm việc vào tối thứ Ba và thứ Năm tại nhà văn hóa khu phố.",
            "Những thủ tục được hướng dẫn nhiều nhất là đăng ký khai sinh, chứng thực bản sao "
            "và đăng ký thường trú.",
            "Tỷ lệ hồ sơ nộp trực tuyến của phường trong quý I đạt 68%, tăng gần gấp đôi so "
            "với cùng kỳ năm trước.",
        ),
        byline="Hải Yến",
        views=2045,
        captions=("Đoàn viên hướng dẫn người cao tuổi cài đặt ứng dụng dịch vụ công",),
    ),
    Article(
        slug="dien-tap-phong-chong-bao",
        section="Quốc phòng - An ninh",
        title="Diễn tập phòng chống bão và tìm kiếm cứu nạn năm 2022",
        published=at(2022, 8, 19, 16, 5),
        lead="UBND thị trấn Long Hải tổ chức diễn tập phòng chống bão, ngập lụt và tìm kiếm "
        "cứu nạn với sự tham gia của gần 200 người.",
        paragraphs=(
            "Tình huống giả định một cơn bão mạnh đổ bộ vào khu vực ven biển, gây mưa lớn, "
            "sạt lở bờ kè và làm một số tàu cá bị mắc cạn.",
            "Các lực lượng quân sự, công an, y tế và đoàn thể đã phối hợp di dời dân đến nơi "
            "an toàn, sơ cứu người bị thương và gia cố bờ kè.",
            "Ban chỉ đạo đánh giá cuộc diễn tập đạt yêu cầu, sát với tình hình thực tế của "
            "địa phương.",
        ),
        byline=None,
        views=431,
        captions=("Lực lượng dân quân đưa người dân lên xuồng đến nơi tránh trú",),
    ),
    Article(
        slug="trao-qua-trung-thu",
        section="Tin tức sự kiện",
        title="Trao 350 phần quà Trung thu cho thiếu nhi có hoàn cảnh khó khăn",
        published=at(2023, 9, 27, 19, 20),
        lead="Tối 26/9, Ủy ban MTTQ Việt Nam phường Phú Mỹ phối hợp các nhà hảo tâm tổ chức "
        "đêm hội trăng rằm và trao quà cho thiếu nhi.",
        paragraphs=(
            "Mỗi phần quà gồm bánh trung thu, lồng đèn, tập vở và 200.000 đồng tiền mặt.",
            "Chương trình văn nghệ do các em thiếu nhi sinh hoạt hè của phường biểu diễn đã "
            "mang lại không khí vui tươi cho đêm hội.",
        ),
        byline="Ngọc Trâm",
        views=318,
        captions=("Lãnh đạo phường trao quà cho các em thiếu nhi",),
    ),
    Article(
        slug="khai-giang-lop-boi-duong-ly-luan",
        section="Đảng - đoàn thể",
        title="Khai giảng lớp bồi dưỡng lý luận chính trị cho đảng viên mới",
        published=at(2021, 4, 6, 7, 45),
        lead="Trung tâm Chính trị huyện khai giảng lớp bồi dưỡng lý luận chính trị dành cho "
        "65 đảng viên mới của các chi, đảng bộ cơ sở.",
        paragraphs=(
            "Trong 5 ngày, học viên được nghiên cứu những nội dung cơ bản về chủ nghĩa "
            "Mác - Lênin, tư tưởng Hồ Chí Minh và nhiệm vụ của người đảng viên.",
            "Kết thúc lớp học, học viên viết bài thu hoạch liên hệ với nhiệm vụ được giao "
            "tại chi bộ.",
        ),
        byline="Minh Đức",
        views=None,
    ),
    Article(
        slug="phong-van-chu-tich-phuong",
        section="Tin tức sự kiện",
        title="Chủ tịch UBND phường nói về mục tiêu chỉnh trang đô thị năm 2024",
        published=at(2024, 1, 15, 10, 0),
        lead="Nhân dịp đầu năm mới, phóng viên đã trao đổi với ông Đặng Minh Tuấn, Chủ tịch "
        "UBND phường An Bình, về những việc phường sẽ làm trong năm 2024.",
        paragraphs=(
            "Phóng viên: Thưa ông, đâu là nhiệm vụ trọng tâm của phường trong năm nay?",
            "Ông Đặng Minh Tuấn: Chúng tôi tập trung chỉnh trang các tuyến hẻm, giải quyết "
            "dứt điểm điểm ngập ở đường số 9 và mở rộng sân chơi cho thiếu nhi.",
            "Phóng viên: Nguồn lực để thực hiện những việc đó đến từ đâu?",
            "Ông Đặng Minh Tuấn: Ngoài ngân sách, phường vận động người dân cùng làm theo "
            "phương châm nhà nước và nhân dân cùng làm, công khai từng khoản đóng góp.",
        ),
        byline="Hoàng Anh",
        views=1508,
    ),
    Article(
        slug="hoi-thi-tuyen-truyen-phap-luat",
        section="Phổ biến pháp luật",
        title="Hội thi tìm hiểu pháp luật về phòng, chống bạo lực gia đình",
        published=at(2022, 6, 24, 15, 0),
        lead="Hội Liên hiệp Phụ nữ xã Tân Phú tổ chức hội thi tìm hiểu Luật Phòng, chống bạo "
        "lực gia đình với 8 đội dự thi đến từ các chi hội.",
        paragraphs=(
            "Các đội tham gia ba phần thi chào hỏi, kiến thức và tiểu phẩm, lồng ghép nhiều "
            "tình huống gần gũi với đời sống gia đình ở nông thôn.",
            "Kết quả, chi hội ấp Phú Hòa đạt giải nhất, chi hội ấp Phú Lợi và ấp Tân Thành "
            "đạt giải nhì.",
        ),
        byline="Kim Ngân",
        views=264,
        captions=("Tiểu phẩm của chi hội ấp Phú Hòa",),
    ),
    Article(
        slug="nghiem-thu-duong-giao-thong-nong-thon",
        section="Kinh tế - Xã hội",
        title="Nghiệm thu đưa vào sử dụng tuyến đường bê tông ấp Thạnh Lộc",
        published=at(2020, 12, 10, 8, 0),
        lead="Tuyến đường dài 1,2 km, rộng 3,5 m nối ấp Thạnh Lộc với trung tâm xã đã được "
        "nghiệm thu và đưa vào sử dụng.",
        paragraphs=(
            "Công trình có tổng kinh phí 1,8 tỷ đồng, trong đó người dân đóng góp 420 triệu "
            "đồng và hiến hơn 1.500 mét vuông đất.",
            "Người dân phấn khởi vì từ nay việc đi lại, vận chuyển nông sản trong mùa mưa "
            "không còn khó khăn như trước.",
        ),
        byline="Trọng Nghĩa",
        views=9876,
    ),
    Article(
        slug="ra-mat-mo-hinh-khu-dan-cu-an-toan",
        section="Quốc phòng - An ninh",
        title="Ra mắt mô hình khu dân cư an toàn về an ninh trật tự",
        published=at(2023, 2, 17, 9, 30),
        lead="Công an phường Thống Nhất ra mắt mô hình khu dân cư an toàn tại khu phố 7 với "
        "hệ thống camera giám sát do người dân đóng góp lắp đặt.",
        paragraphs=(
            "Khu phố đã lắp 24 camera tại các đầu hẻm và khu vực công cộng, kết nối về điện "
            "thoại của tổ bảo vệ an ninh trật tự cơ sở.",
            "Trung tá Nông Văn Lực, Trưởng Công an phường, đề nghị người dân tiếp tục phát "
            "hiện, tố giác tội phạm và giữ gìn các thiết bị đã lắp đặt.",
        ),
        byline="Thành Long",
        views=743,
        captions=("Lãnh đạo phường bấm nút ra mắt mô hình",),
    ),
    Article(
        slug="tong-ket-mua-he-xanh",
        section="Đảng - đoàn thể",
        title="Tổng kết chiến dịch tình nguyện Mùa hè xanh năm 2022",
        published=at(2022, 8, 30, 20, 0),
        lead="Đoàn Thanh niên phường Trung Hòa tổ chức tổng kết chiến dịch tình nguyện Mùa hè "
        "xanh với nhiều công trình, phần việc thiết thực.",
        paragraphs=(
            "Trong hai tháng, đoàn viên đã sửa chữa 3 căn nhà cho hộ khó khăn, vẽ 2 bức "
            "tranh tường và tổ chức lớp học tiếng Anh miễn phí cho 80 em thiếu nhi.",
            "Dịp này, Đoàn phường khen thưởng 5 tập thể và 12 cá nhân có thành tích tiêu biểu.",
        ),
        byline="Thu Thảo",
        views=None,
        captions=("Đoàn viên vẽ tranh tường tại hẻm 31",),
    ),
    Article(
        slug="ngay-hoi-hien-mau",
        section="Y tế - Sức khỏe",
        title="Hơn 300 người tham gia ngày hội hiến máu tình nguyện",
        published=at(2024, 5, 11, 11, 20),
        lead="Ngày hội hiến máu tình nguyện do Hội Chữ thập đỏ phường Bình Minh tổ chức đã tiếp "
        "nhận 286 đơn vị máu.",
        paragraphs=(
            "Người tham gia gồm cán bộ, công chức, đoàn viên thanh niên, giáo viên và người "
            "dân trong phường; nhiều người đã hiến máu từ mười lần trở lên.",
            "Số máu tiếp nhận được chuyển về bệnh viện tỉnh để phục vụ công tác cấp cứu, điều trị.",
        ),
        byline="Khánh Linh",
        views=415,
    ),
    Article(
        slug="ky-niem-ngay-thanh-lap-mat-tran",
        section="Mặt trận Tổ quốc",
        title="Ngày hội Đại đoàn kết toàn dân tộc ở khu phố Bắc Sơn",
        published=at(2021, 11, 16, 18, 30),
        lead="Nhân kỷ niệm ngày thành lập Mặt trận Dân tộc Thống nhất Việt Nam, khu phố Bắc "
        "Sơn tổ chức Ngày hội Đại đoàn kết toàn dân tộc.",
        paragraphs=(
            "Tại ngày hội, Ban công tác Mặt trận khu phố báo cáo kết quả thực hiện cuộc vận "
            "động xây dựng nông thôn mới, đô thị văn minh.",
            "Ban tổ chức trao 20 phần quà cho hộ nghèo, hộ cận nghèo và tuyên dương 6 gia "
            "đình văn hóa tiêu biểu.",
        ),
        byline="Bảo Ngọc",
        views=199,
        captions=("Trao quà cho hộ cận nghèo khu phố Bắc Sơn",),
    ),
    Article(
        slug="lay-y-kien-du-thao-quy-hoach",
        section="Hoạt động Chính quyền",
        title="Lấy ý kiến nhân dân về đồ án quy hoạch khu trung tâm xã",
        published=at(2023, 10, 5, 13, 45),
        lead="UBND xã Hòa Tiến niêm yết công khai đồ án quy hoạch chi tiết khu trung tâm xã "
        "và lấy ý kiến người dân trong 30 ngày.",
        paragraphs=(
            "Đồ án có diện tích 45 ha, bố trí khu hành chính, trường học, chợ và công viên "
            "cây xanh.",
            "Người dân có thể góp ý trực tiếp tại bộ phận một cửa hoặc qua hộp thư góp ý "
            "trên cổng thông tin của xã.",
        ),
        byline=None,
        views=3021,
    ),
    Article(
        slug="tap-huan-chuyen-doi-so",
        section="Chuyển đổi số",
        title="Tập huấn kỹ năng số cho tổ công nghệ số cộng đồng",
        published=at(2023, 7, 21, 14, 0),
        lead="Hơn 90 thành viên tổ công nghệ số cộng đồng của thị trấn Đức Phổ được tập huấn "
        "kỹ năng hướng dẫn người dân sử dụng các nền tảng số.",
        paragraphs=(
            "Nội dung tập huấn gồm cài đặt định danh điện tử, thanh toán không dùng tiền mặt "
            "và nhận biết các hình thức lừa đảo qua mạng.",
            "Sau tập huấn, các thành viên sẽ về khu dân cư hỗ trợ người dân ít nhất hai buổi "
            "mỗi tháng.",
        ),
        byline="Đình Khoa",
        views=657,
        captions=("Học viên thực hành cài đặt ứng dụng định danh điện tử",),
    ),
)
