<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>mdg::kiosk::DeskEntry</name>
    <message>
        <source>Please fill this in.</source>
        <translation>请填写此项。</translation>
    </message>
    <message>
        <source>This day does not exist. Please check the year, month and day.</source>
        <translation>此日期不存在。请检查年、月、日。</translation>
    </message>
    <message>
        <source>Please write the reading in kana (hiragana or katakana).</source>
        <translation>请用假名（平假名或片假名）填写读音。</translation>
    </message>
    <message>
        <source>Please check the date: moving in is reported after the move, moving out up to 30 days before it.</source>
        <translation>请检查日期：迁入在搬家后申报，迁出最早可在搬家前30天申报。</translation>
    </message>
    <message>
        <source>A date of birth cannot be in the future.</source>
        <translation>出生日期不能是将来的日期。</translation>
    </message>
    <message>
        <source>Please add at least one person.</source>
        <translation>请至少添加一人。</translation>
    </message>
</context>
<context>
    <name>mdg::ui::AddressField</name>
    <message>
        <source>No address has this postal code. Please check it, or write the address below.</source>
        <translation>找不到此邮政编码的地址。请检查，或在下面填写地址。</translation>
    </message>
    <message>
        <source>Please enter the postal code (7 digits).</source>
        <translation>请输入邮政编码（7位数字）。</translation>
    </message>
    <message>
        <source>Please write the block number (for example 3-1-2 or 3丁目1番2号).</source>
        <translation>请填写门牌号（例如 3-1-2 或 3丁目1番2号）。</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Block number</source>
        <translation>门牌号</translation>
    </message>
    <message>
        <source>e.g. 3-1-2, building and room</source>
        <translation>例如 3-1-2，楼名和房间号</translation>
    </message>
    <message>
        <source>Find the address of the postal code</source>
        <translation>按邮政编码查找地址</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>町名</translation>
    </message>
</context>
<context>
    <name>mdg::ui::DateField</name>
    <message>
        <source>Western year</source>
        <translation>公历</translation>
    </message>
    <message>
        <source>Era</source>
        <translation>年号</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>day</source>
        <translation>日</translation>
    </message>
</context>
<context>
    <name>mdg::ui::KioskWindow</name>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>What would you like to report?</source>
        <translation>您要办理什么申报？</translation>
    </message>
    <message>
        <source>Date of the move</source>
        <translation>搬家日期</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Who is moving</source>
        <translation>搬家的人</translation>
    </message>
    <message>
        <source>A few questions</source>
        <translation>几个问题</translation>
    </message>
    <message>
        <source>Please check</source>
        <translation>请确认</translation>
    </message>
    <message>
        <source>Your reception number</source>
        <translation>您的受理号码</translation>
    </message>
    <message>
        <source>Staff: leave kiosk mode</source>
        <translation>工作人员：退出自助模式</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Welcome. Enter your move here and get a reception number.
Please choose your language.</source>
        <translation>欢迎。在这里输入搬家信息，即可获得受理号码。
请选择语言。</translation>
    </message>
    <message>
        <source>Please choose what you would like to report.</source>
        <translation>请选择申报的种类。</translation>
    </message>
    <message>
        <source>Moving in
(you moved here from another city)</source>
        <translation>迁入
（从其他市区町村搬来）</translation>
    </message>
    <message>
        <source>Moving out
(you are moving to another city)</source>
        <translation>迁出
（搬到其他市区町村）</translation>
    </message>
    <message>
        <source>Moving within the city
(a new address in this city)</source>
        <translation>市内迁居
（在本市内搬家）</translation>
    </message>
    <message>
        <source>On which day do you move out (planned)?</source>
        <translation>预定哪天搬出？</translation>
    </message>
    <message>
        <source>On which day did you move?</source>
        <translation>您哪天搬的家？</translation>
    </message>
    <message>
        <source>Your address now</source>
        <translation>现在的地址</translation>
    </message>
    <message>
        <source>Where you lived before</source>
        <translation>以前的地址</translation>
    </message>
    <message>
        <source>Where you are moving to</source>
        <translation>迁往的地址</translation>
    </message>
    <message>
        <source>Your new address</source>
        <translation>新地址</translation>
    </message>
    <message>
        <source>Enter each person who moves, one at a time, starting with yourself. Press &quot;Add this person&quot; after each.</source>
        <translation>请从您本人开始，逐一输入搬家的每个人，每输入一人后按“添加此人”。</translation>
    </message>
    <message>
        <source>Add this person</source>
        <translation>添加此人</translation>
    </message>
    <message>
        <source>These answers tell you which other procedures your move needs. Skip any you do not want to answer.</source>
        <translation>根据回答，可以知道搬家还需要办理哪些手续。不想回答的问题可以跳过。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Send and get my number</source>
        <translation>提交并领取号码</translation>
    </message>
    <message>
        <source>Thank you. Please wait until this number is called.</source>
        <translation>谢谢。请等候叫号。</translation>
    </message>
    <message>
        <source>Print a slip</source>
        <translation>打印号码单</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>I am still here</source>
        <translation>我还在</translation>
    </message>
    <message>
        <source>Administrator PIN</source>
        <translation>管理员PIN</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>退出自助模式</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Moving in</source>
        <translation>迁入</translation>
    </message>
    <message>
        <source>Moving out</source>
        <translation>迁出</translation>
    </message>
    <message>
        <source>Moving within the city</source>
        <translation>市内迁居</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>申报</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在提交…</translation>
    </message>
    <message>
        <source>Your entry could not be sent (%1). Please try again, or ask at the counter.</source>
        <translation>未能提交（%1）。请重试，或到窗口咨询。</translation>
    </message>
    <message>
        <source>Other procedures your move needs, in order:</source>
        <translation>搬家还需要办理的其他手续（按顺序）：</translation>
    </message>
    <message>
        <source>%1, window %2</source>
        <translation>%1，%2号窗口</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>期限：%1</translation>
    </message>
    <message>
        <source>Bring: %1</source>
        <translation>需携带：%1</translation>
    </message>
    <message>
        <source>The slip could not be printed. Please note your number.</source>
        <translation>号码单未能打印。请记下您的号码。</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again later.</source>
        <translation>PIN错误次数过多。请稍后再试。</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN错误。</translation>
    </message>
    <message>
        <source>Questions answered</source>
        <translation>已回答的问题</translation>
    </message>
    <message>
        <source>Are you still there? If not, your entry will be erased in %1 seconds.</source>
        <translation>您还在吗？如无操作，%1秒后将清除输入的内容。</translation>
    </message>
    <message>
        <source>Read my My Number card</source>
        <translation>读取我的个人编号卡（My Number 卡）</translation>
    </message>
    <message>
        <source>Your name, date of birth and sex were taken from your card. Please type the reading of your name.</source>
        <translation>已从您的卡读取姓名、出生日期和性别。请输入您姓名的读音（片假名）。</translation>
    </message>
</context>
<context>
    <name>mdg::ui::MemberForm</name>
    <message>
        <source>head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>wife</source>
        <translation>妻子</translation>
    </message>
    <message>
        <source>husband</source>
        <translation>丈夫</translation>
    </message>
    <message>
        <source>child</source>
        <translation>子女</translation>
    </message>
    <message>
        <source>father</source>
        <translation>父亲</translation>
    </message>
    <message>
        <source>mother</source>
        <translation>母亲</translation>
    </message>
    <message>
        <source>grandfather</source>
        <translation>祖父</translation>
    </message>
    <message>
        <source>grandmother</source>
        <translation>祖母</translation>
    </message>
    <message>
        <source>grandchild</source>
        <translation>孙子女</translation>
    </message>
    <message>
        <source>older brother</source>
        <translation>哥哥</translation>
    </message>
    <message>
        <source>older sister</source>
        <translation>姐姐</translation>
    </message>
    <message>
        <source>younger brother</source>
        <translation>弟弟</translation>
    </message>
    <message>
        <source>younger sister</source>
        <translation>妹妹</translation>
    </message>
    <message>
        <source>lodger</source>
        <translation>同住人</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>日本</translation>
    </message>
    <message>
        <source>China</source>
        <translation>中国</translation>
    </message>
    <message>
        <source>Korea</source>
        <translation>韩国</translation>
    </message>
    <message>
        <source>Viet Nam</source>
        <translation>越南</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>菲律宾</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>巴西</translation>
    </message>
    <message>
        <source>Nepal</source>
        <translation>尼泊尔</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>印度尼西亚</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>美国</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Reading (kana)</source>
        <translation>读音（假名）</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>与户主的关系</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Family name in kana</source>
        <translation>姓（假名）</translation>
    </message>
    <message>
        <source>Given name in kana</source>
        <translation>名（假名）</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
</context>
</TS>
