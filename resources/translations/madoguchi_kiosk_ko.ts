<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>mdg::kiosk::DeskEntry</name>
    <message>
        <source>Please fill this in.</source>
        <translation>여기를 입력해 주십시오.</translation>
    </message>
    <message>
        <source>This day does not exist. Please check the year, month and day.</source>
        <translation>존재하지 않는 날짜입니다. 연, 월, 일을 확인해 주십시오.</translation>
    </message>
    <message>
        <source>Please write the reading in kana (hiragana or katakana).</source>
        <translation>읽는 법은 가나(히라가나 또는 가타카나)로 써 주십시오.</translation>
    </message>
    <message>
        <source>Please check the date: moving in is reported after the move, moving out up to 30 days before it.</source>
        <translation>날짜를 확인해 주십시오. 전입은 이사 후에, 전출은 이사 30일 전부터 신고합니다.</translation>
    </message>
    <message>
        <source>A date of birth cannot be in the future.</source>
        <translation>생년월일은 미래일 수 없습니다.</translation>
    </message>
    <message>
        <source>Please add at least one person.</source>
        <translation>최소 한 명을 추가해 주십시오.</translation>
    </message>
</context>
<context>
    <name>mdg::ui::AddressField</name>
    <message>
        <source>No address has this postal code. Please check it, or write the address below.</source>
        <translation>이 우편번호의 주소가 없습니다. 확인하시거나 아래에 주소를 써 주십시오.</translation>
    </message>
    <message>
        <source>Please enter the postal code (7 digits).</source>
        <translation>우편번호(7자리)를 입력해 주십시오.</translation>
    </message>
    <message>
        <source>Please write the block number (for example 3-1-2 or 3丁目1番2号).</source>
        <translation>번지를 써 주십시오(예: 3-1-2 또는 3丁目1番2号).</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>우편번호</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>찾기</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Block number</source>
        <translation>번지</translation>
    </message>
    <message>
        <source>e.g. 3-1-2, building and room</source>
        <translation>예: 3-1-2, 건물명과 호수</translation>
    </message>
    <message>
        <source>Find the address of the postal code</source>
        <translation>우편번호로 주소 찾기</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>동네 이름</translation>
    </message>
</context>
<context>
    <name>mdg::ui::DateField</name>
    <message>
        <source>Western year</source>
        <translation>서기</translation>
    </message>
    <message>
        <source>Era</source>
        <translation>연호</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>년</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>일</translation>
    </message>
    <message>
        <source>year</source>
        <translation>년</translation>
    </message>
    <message>
        <source>month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>day</source>
        <translation>일</translation>
    </message>
</context>
<context>
    <name>mdg::ui::KioskWindow</name>
    <message>
        <source>Welcome</source>
        <translation>환영합니다</translation>
    </message>
    <message>
        <source>What would you like to report?</source>
        <translation>어떤 신고를 하십니까?</translation>
    </message>
    <message>
        <source>Date of the move</source>
        <translation>이사 날짜</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Who is moving</source>
        <translation>이사하는 사람</translation>
    </message>
    <message>
        <source>A few questions</source>
        <translation>몇 가지 질문</translation>
    </message>
    <message>
        <source>Please check</source>
        <translation>확인해 주십시오</translation>
    </message>
    <message>
        <source>Your reception number</source>
        <translation>접수 번호</translation>
    </message>
    <message>
        <source>Staff: leave kiosk mode</source>
        <translation>직원용: 키오스크 모드 종료</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <source>Welcome. Enter your move here and get a reception number.
Please choose your language.</source>
        <translation>환영합니다. 여기에서 이사 내용을 입력하시면 접수 번호가 나옵니다.
언어를 선택해 주십시오.</translation>
    </message>
    <message>
        <source>Please choose what you would like to report.</source>
        <translation>신고 종류를 선택해 주십시오.</translation>
    </message>
    <message>
        <source>Moving in
(you moved here from another city)</source>
        <translation>전입
(다른 시구정촌에서 이사 옴)</translation>
    </message>
    <message>
        <source>Moving out
(you are moving to another city)</source>
        <translation>전출
(다른 시구정촌으로 이사 감)</translation>
    </message>
    <message>
        <source>Moving within the city
(a new address in this city)</source>
        <translation>전거
(이 시 안에서 이사함)</translation>
    </message>
    <message>
        <source>On which day do you move out (planned)?</source>
        <translation>이사 예정일은 언제입니까?</translation>
    </message>
    <message>
        <source>On which day did you move?</source>
        <translation>이사한 날은 언제입니까?</translation>
    </message>
    <message>
        <source>Your address now</source>
        <translation>현재 주소</translation>
    </message>
    <message>
        <source>Where you lived before</source>
        <translation>이전 주소</translation>
    </message>
    <message>
        <source>Where you are moving to</source>
        <translation>이사 갈 주소</translation>
    </message>
    <message>
        <source>Your new address</source>
        <translation>새 주소</translation>
    </message>
    <message>
        <source>Enter each person who moves, one at a time, starting with yourself. Press &quot;Add this person&quot; after each.</source>
        <translation>이사하는 분을 본인부터 한 명씩 입력하고, 매번 &quot;이 사람 추가&quot;를 눌러 주십시오.</translation>
    </message>
    <message>
        <source>Add this person</source>
        <translation>이 사람 추가</translation>
    </message>
    <message>
        <source>These answers tell you which other procedures your move needs. Skip any you do not want to answer.</source>
        <translation>답변으로 이사에 필요한 다른 절차를 알 수 있습니다. 답하고 싶지 않은 질문은 건너뛰셔도 됩니다.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Send and get my number</source>
        <translation>보내고 번호 받기</translation>
    </message>
    <message>
        <source>Thank you. Please wait until this number is called.</source>
        <translation>감사합니다. 이 번호가 호출될 때까지 기다려 주십시오.</translation>
    </message>
    <message>
        <source>Print a slip</source>
        <translation>번호표 인쇄</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>I am still here</source>
        <translation>아직 사용 중입니다</translation>
    </message>
    <message>
        <source>Administrator PIN</source>
        <translation>관리자 PIN</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>키오스크 모드 종료</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Moving in</source>
        <translation>전입</translation>
    </message>
    <message>
        <source>Moving out</source>
        <translation>전출</translation>
    </message>
    <message>
        <source>Moving within the city</source>
        <translation>전거</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>신고</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>보내는 중…</translation>
    </message>
    <message>
        <source>Your entry could not be sent (%1). Please try again, or ask at the counter.</source>
        <translation>보내지 못했습니다(%1). 다시 시도하시거나 창구에 문의해 주십시오.</translation>
    </message>
    <message>
        <source>Other procedures your move needs, in order:</source>
        <translation>이사로 필요한 다른 절차(순서대로):</translation>
    </message>
    <message>
        <source>%1, window %2</source>
        <translation>%1, %2번 창구</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>기한: %1</translation>
    </message>
    <message>
        <source>Bring: %1</source>
        <translation>지참물: %1</translation>
    </message>
    <message>
        <source>The slip could not be printed. Please note your number.</source>
        <translation>번호표를 인쇄하지 못했습니다. 번호를 메모해 주십시오.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again later.</source>
        <translation>PIN 오류가 너무 많습니다. 잠시 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN이 틀렸습니다.</translation>
    </message>
    <message>
        <source>Questions answered</source>
        <translation>답변한 질문 수</translation>
    </message>
    <message>
        <source>Are you still there? If not, your entry will be erased in %1 seconds.</source>
        <translation>아직 계십니까? 조작이 없으면 %1초 후에 입력 내용을 지웁니다.</translation>
    </message>
    <message>
        <source>Read my My Number card</source>
        <translation>내 마이넘버 카드 읽기</translation>
    </message>
    <message>
        <source>Your name, date of birth and sex were taken from your card. Please type the reading of your name.</source>
        <translation>카드에서 이름, 생년월일, 성별을 읽었습니다. 이름의 읽는 법(가타카나)을 입력해 주세요.</translation>
    </message>
</context>
<context>
    <name>mdg::ui::MemberForm</name>
    <message>
        <source>head of household</source>
        <translation>세대주</translation>
    </message>
    <message>
        <source>wife</source>
        <translation>아내</translation>
    </message>
    <message>
        <source>husband</source>
        <translation>남편</translation>
    </message>
    <message>
        <source>child</source>
        <translation>자녀</translation>
    </message>
    <message>
        <source>father</source>
        <translation>아버지</translation>
    </message>
    <message>
        <source>mother</source>
        <translation>어머니</translation>
    </message>
    <message>
        <source>grandfather</source>
        <translation>할아버지</translation>
    </message>
    <message>
        <source>grandmother</source>
        <translation>할머니</translation>
    </message>
    <message>
        <source>grandchild</source>
        <translation>손자녀</translation>
    </message>
    <message>
        <source>older brother</source>
        <translation>형/오빠</translation>
    </message>
    <message>
        <source>older sister</source>
        <translation>누나/언니</translation>
    </message>
    <message>
        <source>younger brother</source>
        <translation>남동생</translation>
    </message>
    <message>
        <source>younger sister</source>
        <translation>여동생</translation>
    </message>
    <message>
        <source>lodger</source>
        <translation>동거인</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>일본</translation>
    </message>
    <message>
        <source>China</source>
        <translation>중국</translation>
    </message>
    <message>
        <source>Korea</source>
        <translation>한국</translation>
    </message>
    <message>
        <source>Viet Nam</source>
        <translation>베트남</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>필리핀</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>브라질</translation>
    </message>
    <message>
        <source>Nepal</source>
        <translation>네팔</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>인도네시아</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>미국</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>성명</translation>
    </message>
    <message>
        <source>Reading (kana)</source>
        <translation>읽는 법(가나)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>생년월일</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>성별</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>세대주와의 관계</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>국적</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>성</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Family name in kana</source>
        <translation>성(가나)</translation>
    </message>
    <message>
        <source>Given name in kana</source>
        <translation>이름(가나)</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>남</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>여</translation>
    </message>
</context>
</TS>
