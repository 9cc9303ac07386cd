<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>lingong::AccountRepository</name>
    <message>
        <source>User name: this name is already taken.</source>
        <translation>用户名：这个名字已被使用。</translation>
    </message>
</context>
<context>
    <name>lingong::Accounts</name>
    <message>
        <source>User name: 2 to 32 letters, digits, dots, dashes or underscores.</source>
        <translation>用户名：2至32位字母、数字、点、横线或下划线。</translation>
    </message>
    <message>
        <source>Password: at least %1 characters.</source>
        <translation>密码：至少%1位。</translation>
    </message>
    <message>
        <source>Role: choose clerk or administrator.</source>
        <translation>角色：请选择窗口人员或管理员。</translation>
    </message>
    <message>
        <source>The password could not be stored. Please try again.</source>
        <translation>密码未能保存，请再试一次。</translation>
    </message>
    <message>
        <source>An administrator account already exists. Please sign in.</source>
        <translation>管理员账户已经建立，请直接登录。</translation>
    </message>
    <message>
        <source>Only an administrator can create accounts.</source>
        <translation>只有管理员可以新建账户。</translation>
    </message>
    <message>
        <source>User name or password is not correct.</source>
        <translation>用户名或密码不正确。</translation>
    </message>
    <message numerus="yes">
        <source>This account is locked after %1 wrong passwords. Try again in %n minute(s).</source>
        <translation>
            <numerusform>密码连续输错%1次，账户已锁定，请%n分钟后再试。</numerusform>
        </translation>
    </message>
    <message>
        <source>This account is disabled. Please ask an administrator.</source>
        <translation>此账户已停用，请联系管理员。</translation>
    </message>
    <message>
        <source>Wrong password %1 times: this account is locked for %2 minutes.</source>
        <translation>密码连续输错%1次，账户锁定%2分钟。</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) left before the account is locked.</source>
        <translation>
            <numerusform>再输错%n次账户将被锁定。</numerusform>
        </translation>
    </message>
    <message>
        <source>Only an administrator can set another person&apos;s password.</source>
        <translation>只有管理员可以设置他人的密码。</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>此账户已不存在。</translation>
    </message>
    <message>
        <source>Current password is not correct.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <source>Only an administrator can enable or disable accounts.</source>
        <translation>只有管理员可以启用或停用账户。</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>不能停用自己的账户。</translation>
    </message>
    <message>
        <source>Demo administrator</source>
        <translation>演示管理员</translation>
    </message>
    <message>
        <source>The password was changed elsewhere meanwhile. Please try again.</source>
        <translation>密码刚刚在别处被修改，请重试。</translation>
    </message>
</context>
<context>
    <name>lingong::ApplicationService</name>
    <message>
        <source>No free confirmation number was found.</source>
        <translation>没有可用的确认号，请稍后再试。</translation>
    </message>
    <message>
        <source>This job is no longer open. Please choose another one.</source>
        <translation>这个岗位已停止招聘，请选择其他岗位。</translation>
    </message>
    <message>
        <source>Application %1 for &quot;%2&quot;</source>
        <translation>报名 %1：“%2”</translation>
    </message>
</context>
<context>
    <name>lingong::ComplaintService</name>
    <message>
        <source>Employer: choose one from the list, or leave it empty.</source>
        <translation>用工单位：请从列表中选择，或留空。</translation>
    </message>
    <message>
        <source>The kind of request is not known.</source>
        <translation>诉求类型不正确。</translation>
    </message>
    <message>
        <source>Please choose what the matter is about.</source>
        <translation>请选择要反映的事项。</translation>
    </message>
    <message>
        <source>Every request needs an owner.</source>
        <translation>每件诉求都必须有首问负责人。</translation>
    </message>
    <message>
        <source>Call-back requested: %1</source>
        <translation>请求工作人员回电：%1</translation>
    </message>
    <message>
        <source>Complaint or request recorded: %1</source>
        <translation>登记投诉或诉求：%1</translation>
    </message>
    <message>
        <source>This request no longer exists.</source>
        <translation>该诉求已不存在。</translation>
    </message>
    <message>
        <source>Please write down how the matter was resolved before closing it.</source>
        <translation>办结前请填写处理结果。</translation>
    </message>
    <message>
        <source>Only a complaint is about the wages of a placement.</source>
        <translation>只有“投诉”才能关联到岗记录的工资。</translation>
    </message>
    <message>
        <source>The person is no longer recorded as having started this job.</source>
        <translation>此人已不再记录为到岗。</translation>
    </message>
    <message>
        <source>A complaint about these wages is open already.</source>
        <translation>这笔工资的投诉已在办理中。</translation>
    </message>
</context>
<context>
    <name>lingong::ConfigLoader</name>
    <message>
        <source>Setting hall.address is not set: the screens and slips give the hall&apos;s district, %1, until it is.</source>
        <translation>未设置 hall.address（地址）：设置之前，屏幕和凭条上显示本市场所在地 %1。</translation>
    </message>
    <message>
        <source>Setting hall.hotline is not set: the screens and slips give 12333, the human-resources service line, until it is.</source>
        <translation>未设置 hall.hotline（服务热线）：设置之前，屏幕和凭条上显示人社服务热线 12333。</translation>
    </message>
    <message>
        <source>Setting hall.opening_hours is not set: the screens and slips give %1 until it is.</source>
        <translation>未设置 hall.opening_hours（服务时间）：设置之前，屏幕和凭条上显示 %1。</translation>
    </message>
    <message>
        <source>expected a4, a5 or 80mm</source>
        <translation>应为 a4、a5 或 80mm</translation>
    </message>
    <message>
        <source>Setting sync.pinned_sha256 is not a certificate&apos;s SHA-256 fingerprint (64 hexadecimal digits, with or without colons): the platform&apos;s certificate is refused until it is corrected.</source>
        <translation>设置项 sync.pinned_sha256 不是证书的 SHA-256 指纹（64 位十六进制数字，可带冒号）：改正之前，平台的证书一律不予信任。</translation>
    </message>
    <message>
        <source>The configuration file %1 does not exist; defaults are used.</source>
        <translation>配置文件 %1 不存在，使用默认设置。</translation>
    </message>
    <message>
        <source>The configuration file %1 cannot be read (%2); defaults are used.</source>
        <translation>无法读取配置文件 %1（%2），使用默认设置。</translation>
    </message>
    <message>
        <source>The configuration file is not valid JSON (%1 at byte %2); defaults are used.</source>
        <translation>配置文件不是有效的 JSON（第 %2 字节：%1），使用默认设置。</translation>
    </message>
    <message>
        <source>Section %1 ignored (expected an object); defaults are used.</source>
        <translation>已忽略配置节 %1（应为对象），使用默认设置。</translation>
    </message>
    <message>
        <source>expected a list of pages</source>
        <translation>应为页面列表</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>Setting hall.name is not set: this terminal syncs with a platform but shows the demo hall, %1, with its address and telephone, until the hall&apos;s own are set.</source>
        <translation>未设置 hall.name（市场名称）：本终端已设置同步，但在设置本市场的信息之前，仍显示演示市场“%1”及其地址和电话。</translation>
    </message>
    <message>
        <source>Setting hall.name is not set: this terminal syncs with a platform but shows the demo hall&apos;s name, %1, until it is.</source>
        <translation>未设置 hall.name（市场名称）：本终端已设置同步，但在设置之前仍显示演示市场的名称“%1”。</translation>
    </message>
    <message>
        <source>Setting hall.name is not set: this terminal syncs with a platform but shows the demo hall, %1, with its telephone, until the hall&apos;s own are set.</source>
        <translation>未设置 hall.name（市场名称）：本终端已设置同步，但在设置本市场的信息之前，仍显示演示市场“%1”及其电话。</translation>
    </message>
    <message>
        <source>Setting hall.name is not set: this terminal syncs with a platform but shows the demo hall, %1, with its address, until the hall&apos;s own are set.</source>
        <translation>未设置 hall.name（市场名称）：本终端已设置同步，但在设置本市场的信息之前，仍显示演示市场“%1”及其地址。</translation>
    </message>
</context>
<context>
    <name>lingong::ContentService</name>
    <message>
        <source>The market has its entry already (%1): change that one.</source>
        <translation>本市场已有市场信息（%1），请修改那一条。</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>公共</translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation>经营性</translation>
    </message>
    <message>
        <source>Self-organised</source>
        <translation>自发形成</translation>
    </message>
    <message>
        <source>Kind of content is not a known choice.</source>
        <translation>信息类别不在可选范围内。</translation>
    </message>
    <message>
        <source>Title is required.</source>
        <translation>请填写标题。</translation>
    </message>
    <message>
        <source>Title is too long (60 characters at most).</source>
        <translation>标题太长（最多60个字）。</translation>
    </message>
    <message>
        <source>Text is too long (4000 characters at most).</source>
        <translation>正文太长（最多4000个字）。</translation>
    </message>
    <message>
        <source>Shown until must be later than shown from.</source>
        <translation>展示截止时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>Order must be between 0 and 9999.</source>
        <translation>排序号应在0到9999之间。</translation>
    </message>
    <message>
        <source>This item no longer exists.</source>
        <translation>此条信息已不存在。</translation>
    </message>
    <message>
        <source>Shown from must be a real date (YYYY-MM-DD), optionally with a time (HH:MM).</source>
        <translation>展示日期必须是有效日期（年-月-日），可加时间（时:分）。</translation>
    </message>
    <message>
        <source>Shown until must be a real date (YYYY-MM-DD), optionally with a time (HH:MM).</source>
        <translation>展示截止必须是有效日期（年-月-日），可加时间（时:分）。</translation>
    </message>
    <message>
        <source>An urgent notice takes over the wall screen: say until when (Shown until).</source>
        <translation>紧急通知会占用整个大屏，请填写展示截止时间。</translation>
    </message>
</context>
<context>
    <name>lingong::Database</name>
    <message>
        <source>The local database reported an error (%1): %2</source>
        <translation>本机数据库报告错误（%1）：%2</translation>
    </message>
    <message>
        <source>Cannot create the folder for the database: %1</source>
        <translation>无法创建数据库所在文件夹：%1</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>This database was created by a newer version of Lingong Hall (schema %1; this program knows up to %2). Install the newer version, or open another database.</source>
        <translation>此数据库由更新版本的零工市场一体化终端创建（结构版本 %1，本程序最高支持 %2）。请安装新版本，或打开其他数据库。</translation>
    </message>
    <message>
        <source>The transaction has already ended.</source>
        <translation>事务已结束。</translation>
    </message>
</context>
<context>
    <name>lingong::DateField</name>
    <message>
        <source>There is no month %1.</source>
        <translation>没有 %1 月。</translation>
    </message>
    <message>
        <source>%1 is too early: the earliest date here is %2.</source>
        <translation>%1 太早了：这里最早只能是 %2。</translation>
    </message>
    <message>
        <source>%1 is too late: the latest date here is %2.</source>
        <translation>%1 太晚了：这里最晚只能是 %2。</translation>
    </message>
    <message>
        <source>%1 It stays %2.</source>
        <translation>%1日期仍为 %2。</translation>
    </message>
    <message numerus="yes">
        <source>There is no %1: that month has %n days.</source>
        <translation>
            <numerusform>没有 %1 这一天：那个月只有 %n 天。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lingong::DirectoryFigures</name>
    <message>
        <source> and others</source>
        <translation>等</translation>
    </message>
    <message>
        <source>%1-%2-%3</source>
        <translation>%1年%2月%3日</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1至%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 a day (%2)</source>
        <translation>%1人（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n seeker(s), registered %1</source>
        <translation>
            <numerusform>%n人（%1登记）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 hired over %n day(s) at work, %2</source>
        <translation>
            <numerusform>%2到岗%1人，按有台账记录的%n个工作日计</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 hired over %n day(s), %2</source>
        <translation>
            <numerusform>%2到岗%1人，按%n天计</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lingong::DisplayFormat</name>
    <message>
        <source>Pay negotiable</source>
        <translation>工资面议</translation>
    </message>
    <message>
        <source>%1 yuan/hour</source>
        <translation>%1元/小时</translation>
    </message>
    <message>
        <source>%1 yuan/month</source>
        <translation>%1元/月</translation>
    </message>
    <message>
        <source>%1 yuan/piece</source>
        <translation>%1元/件</translation>
    </message>
    <message>
        <source>%1 yuan/project</source>
        <translation>%1元/项</translation>
    </message>
    <message>
        <source>%1 yuan/day</source>
        <translation>%1元/天</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>日结</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>周结</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>月结</translation>
    </message>
    <message>
        <source>At the end</source>
        <translation>完工结</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>招%n人</numerusform>
        </translation>
    </message>
    <message>
        <source>dddd, d MMMM yyyy</source>
        <translation>yyyy年M月d日 dddd</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>Guangxi Gig Market</source>
        <translation>广西零工市场</translation>
    </message>
</context>
<context>
    <name>lingong::DisplayJobModel</name>
    <message>
        <source>Job</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>工种</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>薪资</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>工作地点</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>结算方式</translation>
    </message>
    <message>
        <source>People</source>
        <translation>招聘人数</translation>
    </message>
</context>
<context>
    <name>lingong::DisplayPageView</name>
    <message>
        <source>%1 0.00: no new job in that trade in the month.</source>
        <translation>%1 倍率0.00表示当月该工种没有新发布的岗位。</translation>
    </message>
    <message>
        <source>Today&apos;s jobs cannot be shown on this screen right now</source>
        <translation>本屏暂时无法显示今天的在招岗位</translation>
    </message>
    <message>
        <source>Please ask at the service window which jobs are open today, or call %1.</source>
        <translation>请到服务窗口询问今天的在招岗位，或拨打 %1。</translation>
    </message>
    <message>
        <source>; the %1 best paid of %2 trades are shown</source>
        <translation>；显示日均工资最高的 %1 个工种（共 %2 个）</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message numerus="yes">
        <source>and %n more: %1</source>
        <translation>
            <numerusform>另有 %n 个：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>No open jobs on the list right now</source>
        <translation>目前暂无在招岗位</translation>
    </message>
    <message>
        <source>New jobs come in every day. Register at the service window and the staff will look for work for you. Hotline %1.</source>
        <translation>每天都有新岗位发布。请到服务窗口登记，工作人员帮您找工作。服务热线 %1。</translation>
    </message>
    <message>
        <source>Newest jobs</source>
        <translation>最新岗位</translation>
    </message>
    <message>
        <source>Jobs by trade</source>
        <translation>工种需求</translation>
    </message>
    <message>
        <source>Jobs per seeker</source>
        <translation>求人倍率排行</translation>
    </message>
    <message>
        <source>Average daily wage</source>
        <translation>日均工资</translation>
    </message>
    <message>
        <source>Employment policies</source>
        <translation>就业政策</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训信息</translation>
    </message>
    <message>
        <source>Public-welfare jobs</source>
        <translation>公益性岗位</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>通知公告</translation>
    </message>
    <message>
        <source>About this market</source>
        <translation>市场信息</translation>
    </message>
    <message>
        <source>Scan for the online service</source>
        <translation>扫码办事</translation>
    </message>
    <message>
        <source>%1 open jobs</source>
        <translation>在招岗位 %1 个</translation>
    </message>
    <message>
        <source>For people who find work hard to get; ask at the window</source>
        <translation>优先安排就业困难人员，详情请到服务窗口咨询</translation>
    </message>
    <message>
        <source> · screen %1 of %2</source>
        <translation> · 第%1/%2页</translation>
    </message>
    <message>
        <source>%1 trades hiring, %2 people wanted</source>
        <translation>%1 个工种在招，共招 %2 人</translation>
    </message>
    <message>
        <source>; the %1 wanting most people are shown</source>
        <translation>；此处列出招人最多的 %1 个</translation>
    </message>
    <message>
        <source>%1 people · %2 jobs</source>
        <translation>招%1人 · %2个岗位</translation>
    </message>
    <message>
        <source>by trade</source>
        <translation>按工种</translation>
    </message>
    <message>
        <source>by industry</source>
        <translation>按行业</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1至%2</translation>
    </message>
    <message>
        <source>Seekers registered %1 · New jobs %2 · People wanted %3 · Applied %4 · Recommended %5 · Hired %6</source>
        <translation>求职登记 %1 人 · 新发布岗位 %2 个 · 招聘 %3 人 · 自助报名 %4 次 · 窗口推荐 %5 次 · 成功上岗 %6 人</translation>
    </message>
    <message>
        <source>Jobs per seeker = people wanted ÷ seekers registered in the month; above 1 means more jobs than people.</source>
        <translation>求人倍率＝当月招聘人数÷当月求职登记人数，大于1表示岗位多于求职人员。</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Too few trades in the month to rank</source>
        <translation>当月数据不足，暂不排名</translation>
    </message>
    <message>
        <source>Most jobs per seeker</source>
        <translation>求人倍率最高</translation>
    </message>
    <message>
        <source>Fewest jobs per seeker</source>
        <translation>求人倍率最低</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>共 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>培训机构：%1</translation>
    </message>
    <message>
        <source>Starts: %1</source>
        <translation>开班时间：%1</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>费用：%1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>咨询电话：%1</translation>
    </message>
    <message>
        <source>Issued by: %1</source>
        <translation>发布单位：%1</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>有效期至%1</translation>
    </message>
    <message>
        <source>Service hotline</source>
        <translation>服务热线</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>开放时间</translation>
    </message>
    <message>
        <source>Services (all free of charge)</source>
        <translation>服务项目（全部免费）</translation>
    </message>
    <message>
        <source>Complaints and help</source>
        <translation>投诉与求助</translation>
    </message>
    <message>
        <source>Unpaid wages, fake job offers or unfair treatment: tell the staff at the service window or call %1. We answer within 5 working days.</source>
        <translation>被拖欠工资、遇到虚假招聘或不公平对待，请告诉服务窗口工作人员，或拨打 %1。我们在5个工作日内答复。</translation>
    </message>
    <message>
        <source>Guangxi Employment online service</source>
        <translation>“广西就业”网上服务</translation>
    </message>
    <message>
        <source>Find jobs and apply from your phone</source>
        <translation>用手机查岗位、报名应聘</translation>
    </message>
    <message>
        <source>Register as a job seeker and get job suggestions</source>
        <translation>求职登记，接收岗位推荐</translation>
    </message>
    <message>
        <source>Sign up for training, look up policies and social insurance</source>
        <translation>培训报名、政策查询、社保服务</translation>
    </message>
    <message>
        <source>Scan with WeChat or the phone camera: %1</source>
        <translation>请用微信或手机相机扫一扫：%1</translation>
    </message>
    <message>
        <source>%1 No new seekers registered in the month for: %2.</source>
        <translation>%1当月没有新登记求职者的工种：%2。</translation>
    </message>
    <message>
        <source>%1 %2 piece-rate or per-project jobs are not included.</source>
        <translation>%1计件、按项目计酬的 %2 个岗位未计入。</translation>
    </message>
    <message>
        <source>A day&apos;s pay: by the hour × the hours a job names (else 8); by the month ÷ 21.75.</source>
        <translation>折算日工资：按小时的×岗位写明的每天时长（未写明按8小时），按月的÷21.75天。</translation>
    </message>
    <message>
        <source>%1 open jobs · the newest %2 here, all of them at the kiosk</source>
        <translation>在招岗位 %1 个 · 此处为最新 %2 个，全部请到自助查询机查看</translation>
    </message>
</context>
<context>
    <name>lingong::DisplayTicker</name>
    <message>
        <source>New jobs</source>
        <translation>最新岗位</translation>
    </message>
</context>
<context>
    <name>lingong::DisplayUrgentView</name>
    <message>
        <source>Urgent notice</source>
        <translation>紧急通知</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>有效至 %1</translation>
    </message>
    <message>
        <source>Ask: %1</source>
        <translation>咨询：%1</translation>
    </message>
</context>
<context>
    <name>lingong::DisplayWindow</name>
    <message>
        <source>Not syncing: staff needed</source>
        <translation>同步已停止，需工作人员处理</translation>
    </message>
    <message>
        <source>Information screen</source>
        <translation>信息发布大屏</translation>
    </message>
    <message>
        <source>Data updated at %1</source>
        <translation>数据更新于 %1</translation>
    </message>
    <message>
        <source>Reading the latest information…</source>
        <translation>正在读取最新信息…</translation>
    </message>
    <message>
        <source>Not yet synchronised with the provincial platform: the information shown may be incomplete.</source>
        <translation>尚未与省平台同步，显示的信息可能不完整。</translation>
    </message>
    <message>
        <source>Could not read the latest data; retrying</source>
        <translation>最新数据读取失败，正在重试</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n天</numerusform>
        </translation>
    </message>
    <message>
        <source>Out of date: not updated for %1 (since %2). Please check at the service window.</source>
        <translation>请注意：信息已有%1未更新（最后更新 %2），可能不是最新，请以服务窗口为准。</translation>
    </message>
    <message>
        <source>This screen&apos;s clock is %1 ahead of the platform&apos;s: dates shown may be wrong. Please tell the staff.</source>
        <translation>本屏时钟比省平台快%1，显示的日期可能有误，请告知工作人员校准。</translation>
    </message>
    <message>
        <source>This screen&apos;s clock is %1 behind the platform&apos;s: dates shown may be wrong. Please tell the staff.</source>
        <translation>本屏时钟比省平台慢%1，显示的日期可能有误，请告知工作人员校准。</translation>
    </message>
    <message>
        <source>Settings to check: see the log of this screen&apos;s start</source>
        <translation>设置需检查：请工作人员查看本屏的启动日志</translation>
    </message>
    <message>
        <source>No new job or notice for %1 (the last at %2)</source>
        <translation>已有%1没有新岗位或通知（最近一条在%2）</translation>
    </message>
</context>
<context>
    <name>lingong::EmployerService</name>
    <message>
        <source>Please write down why the verification did not pass.</source>
        <translation>请写明核验未通过的原因。</translation>
    </message>
    <message>
        <source>Employer verification not passed: %1 (%2)</source>
        <translation>用工单位核验未通过：%1（%2）</translation>
    </message>
    <message>
        <source>Employer verification undone: %1</source>
        <translation>撤销用工单位核验结果：%1</translation>
    </message>
    <message>
        <source>This employer is blacklisted; its verification cannot be changed.</source>
        <translation>该用工单位已列入黑名单，核验结果不能更改。</translation>
    </message>
    <message>
        <source>Employer name is required.</source>
        <translation>请填写用工单位名称。</translation>
    </message>
    <message>
        <source>Employer name is too long (60 characters at most).</source>
        <translation>用工单位名称太长（最多60个字）。</translation>
    </message>
    <message>
        <source>Kind of employer is not a known choice.</source>
        <translation>用工单位类型不在可选范围内。</translation>
    </message>
    <message>
        <source>Contact name is required.</source>
        <translation>请填写联系人。</translation>
    </message>
    <message>
        <source>This employer no longer exists.</source>
        <translation>此用工单位已不存在。</translation>
    </message>
    <message>
        <source>Employer registered: %1</source>
        <translation>用工单位登记：%1</translation>
    </message>
    <message>
        <source>Credit code: another registered employer already has this code.</source>
        <translation>统一社会信用代码：已有其他用工单位登记了这个代码。</translation>
    </message>
    <message>
        <source>This employer is blacklisted and cannot be verified.</source>
        <translation>该用工单位已列入黑名单，不能核验。</translation>
    </message>
    <message>
        <source>Employer verified: %1</source>
        <translation>用工单位核验通过：%1</translation>
    </message>
    <message>
        <source>Please write down why this employer is blacklisted.</source>
        <translation>请写明列入黑名单的原因。</translation>
    </message>
    <message numerus="yes">
        <source>Employer blacklisted: %1 (%2); %n posting(s) withdrawn</source>
        <translation>
            <numerusform>用工单位列入黑名单：%1（%2），下架岗位%n个</numerusform>
        </translation>
    </message>
    <message>
        <source>Only an administrator can take an employer off the blacklist.</source>
        <translation>只有管理员可以将用工单位移出黑名单。</translation>
    </message>
</context>
<context>
    <name>lingong::HubServer</name>
    <message>
        <source>A kiosk or display may not bring back a deleted record.</source>
        <translation>自助查询机或信息屏不能恢复已删除的记录。</translation>
    </message>
    <message>
        <source>A kiosk or display may only change records it sent itself.</source>
        <translation>自助查询机或信息屏只能修改本机提交的记录。</translation>
    </message>
    <message>
        <source>This job seeker&apos;s record was deleted; register the person again.</source>
        <translation>该求职者的记录已删除，请重新登记。</translation>
    </message>
    <message>
        <source>A kiosk or display may not merge or delete job seekers.</source>
        <translation>自助查询机或信息屏不能合并或删除求职者。</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2.</source>
        <translation>无法在 %1:%2 上监听。</translation>
    </message>
    <message>
        <source>The hub could not use its database.</source>
        <translation>枢纽无法使用其数据库。</translation>
    </message>
    <message>
        <source>This path does not take that method.</source>
        <translation>此路径不接受该请求方法。</translation>
    </message>
    <message>
        <source>There is nothing at %1.</source>
        <translation>%1 处没有内容。</translation>
    </message>
    <message>
        <source>A valid &apos;Authorization: Bearer &lt;token&gt;&apos; header is required.</source>
        <translation>需要有效的“Authorization: Bearer &lt;令牌&gt;”请求头。</translation>
    </message>
    <message>
        <source>&apos;after&apos; must be a whole number of at least 0.</source>
        <translation>“after”必须是不小于 0 的整数。</translation>
    </message>
    <message>
        <source>&apos;limit&apos; must be a whole number of at least 1.</source>
        <translation>“limit”必须是不小于 1 的整数。</translation>
    </message>
    <message>
        <source>A kiosk or display may not send %1 changes.</source>
        <translation>自助查询机或大屏不能发送 %1 类变更。</translation>
    </message>
    <message>
        <source>A kiosk or display may only send new jobs waiting for review.</source>
        <translation>自助查询机或大屏只能发送待审核的新岗位。</translation>
    </message>
    <message>
        <source>A kiosk or display may not change a job that was already reviewed.</source>
        <translation>自助查询机或大屏不能修改已审核的岗位。</translation>
    </message>
    <message>
        <source>The request body is larger than 4 MiB.</source>
        <translation>请求内容超过 4 MiB。</translation>
    </message>
    <message>
        <source>The body must be a JSON object: %1</source>
        <translation>请求内容必须是 JSON 对象：%1</translation>
    </message>
    <message>
        <source>The body must have a &apos;changes&apos; array.</source>
        <translation>请求内容必须包含“changes”数组。</translation>
    </message>
    <message>
        <source>A push carries at most %1 changes; this one has %2.</source>
        <translation>一次推送最多 %1 条变更，本次有 %2 条。</translation>
    </message>
    <message>
        <source>change_id must be a lowercase UUID.</source>
        <translation>change_id 必须是小写 UUID。</translation>
    </message>
    <message>
        <source>Unknown entity &apos;%1&apos;.</source>
        <translation>未知的数据类型“%1”。</translation>
    </message>
    <message>
        <source>id must be a lowercase UUID.</source>
        <translation>id 必须是小写 UUID。</translation>
    </message>
    <message>
        <source>op must be upsert or delete.</source>
        <translation>op 必须是 upsert 或 delete。</translation>
    </message>
    <message>
        <source>An upsert needs a data object.</source>
        <translation>upsert 变更需要 data 对象。</translation>
    </message>
    <message>
        <source>base_seq must be a whole number of at least 0.</source>
        <translation>base_seq 必须是不小于 0 的整数。</translation>
    </message>
    <message>
        <source>modified_at must be a text.</source>
        <translation>modified_at 必须是文本。</translation>
    </message>
    <message>
        <source>Cannot read the certificate %1: %2</source>
        <translation>无法读取证书 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read the key %1: %2</source>
        <translation>无法读取密钥 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a PEM certificate.</source>
        <translation>%1 不是 PEM 格式的证书。</translation>
    </message>
    <message>
        <source>%1 is not a PEM RSA key.</source>
        <translation>%1 不是 PEM 格式的 RSA 密钥。</translation>
    </message>
    <message>
        <source>A kiosk or display may not name an employer or a placement in a request.</source>
        <translation>自助查询机或大屏提交的诉求不能指定用工单位或到岗记录。</translation>
    </message>
</context>
<context>
    <name>lingong::HubTokens</name>
    <message>
        <source>Token file line %1: expected &apos;token scope device_id&apos;.</source>
        <translation>令牌文件第 %1 行：应为“令牌 范围 设备编号”。</translation>
    </message>
    <message>
        <source>Token file line %1: unknown scope &apos;%2&apos; (use public or staff).</source>
        <translation>令牌文件第 %1 行：未知范围“%2”（请用 public 或 staff）。</translation>
    </message>
    <message>
        <source>Token file line %1: this token is already given on an earlier line; every device needs its own token.</source>
        <translation>令牌文件第 %1 行：此令牌在前面的行已出现；每台设备需要自己的令牌。</translation>
    </message>
    <message>
        <source>Cannot read the token file %1: %2</source>
        <translation>无法读取令牌文件 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>lingong::JobService</name>
    <message>
        <source>the pay works out at about %1 yuan an hour: check the amount and its unit (an hour, a day or a month)</source>
        <translation>工钱折算约每小时 %1 元：请核对金额和单位（按小时、按天还是按月）</translation>
    </message>
    <message>
        <source>Job posted at a kiosk for review: %1</source>
        <translation>自助机发布岗位，待审核：%1</translation>
    </message>
    <message>
        <source>the pay works out at about %1 yuan an hour, under %2: check the amount and the local minimum wage</source>
        <translation>折算时薪约%1元，低于%2元：请核对金额和当地最低工资标准</translation>
    </message>
    <message>
        <source>Job published again: %1</source>
        <translation>岗位重新发布：%1</translation>
    </message>
    <message>
        <source>Job sent for review again: %1</source>
        <translation>岗位重新提交审核：%1</translation>
    </message>
    <message>
        <source>the employer&apos;s verification did not pass</source>
        <translation>用工单位核验未通过</translation>
    </message>
    <message>
        <source>the employer&apos;s verification did not pass (%1)</source>
        <translation>用工单位核验未通过（%1）</translation>
    </message>
    <message>
        <source>The posting contains a discriminatory requirement: &quot;%1&quot;. Please remove it.</source>
        <translation>招聘信息含有歧视性内容：“%1”，请删除。</translation>
    </message>
    <message>
        <source>%1 is blacklisted (%2) and cannot publish jobs.</source>
        <translation>%1已列入黑名单（%2），不能发布岗位。</translation>
    </message>
    <message>
        <source>posted at a self-service kiosk</source>
        <translation>自助机发布</translation>
    </message>
    <message>
        <source>received from the platform</source>
        <translation>来自平台</translation>
    </message>
    <message>
        <source>employer not registered here</source>
        <translation>用工单位未在本市场登记</translation>
    </message>
    <message>
        <source>employer blacklisted</source>
        <translation>用工单位在黑名单中</translation>
    </message>
    <message>
        <source>employer not verified</source>
        <translation>用工单位未核验</translation>
    </message>
    <message>
        <source>Valid until is already in the past.</source>
        <translation>有效期已过。</translation>
    </message>
    <message>
        <source>Job posted and published: %1</source>
        <translation>岗位登记并发布：%1</translation>
    </message>
    <message>
        <source>Job posted for review: %1</source>
        <translation>岗位登记待审核：%1</translation>
    </message>
    <message>
        <source>This job no longer exists.</source>
        <translation>此岗位已不存在。</translation>
    </message>
    <message>
        <source>Only a posting waiting for review or withdrawn can be published.</source>
        <translation>只有待审核或已下架的岗位可以发布。</translation>
    </message>
    <message>
        <source>Valid until is already in the past. Edit the dates first.</source>
        <translation>有效期已过，请先修改日期。</translation>
    </message>
    <message>
        <source>Job reviewed and published: %1</source>
        <translation>岗位审核通过并发布：%1</translation>
    </message>
    <message>
        <source>This posting cannot change from its current status.</source>
        <translation>此岗位在当前状态下不能这样操作。</translation>
    </message>
    <message>
        <source>Please write down why the posting is not published.</source>
        <translation>请写明不予发布的原因。</translation>
    </message>
    <message>
        <source>Job not published after review: %1 (%2)</source>
        <translation>岗位审核未通过：%1（%2）</translation>
    </message>
    <message>
        <source>Job withdrawn: %1</source>
        <translation>岗位下架：%1</translation>
    </message>
    <message>
        <source>Job filled: %1</source>
        <translation>岗位已招满：%1</translation>
    </message>
    <message>
        <source>Address: ask the employer on the phone for the address of the work and write it in before the posting goes out.</source>
        <translation>详细地址：请电话向招工方问清干活的详细地址并填写，再发布岗位。</translation>
    </message>
    <message>
        <source>the trade&apos;s open jobs paid by the piece pay up to about %1 yuan a piece: check the amount and its unit</source>
        <translation>本工种在招的计件岗位，一般每件最高约 %1 元：请核对金额和单位</translation>
    </message>
    <message>
        <source>the trade&apos;s open jobs paid by the project pay up to about %1 yuan a project: check the amount and its unit</source>
        <translation>本工种在招的按项目计酬岗位，一般每项最高约 %1 元：请核对金额和单位</translation>
    </message>
    <message>
        <source>an age limit (&quot;%1&quot;): ask the employer whether the work needs it, as older workers are served first here</source>
        <translation>有年龄限制（“%1”）：请向用人单位问清工作是否确需如此，本市场优先服务大龄劳动者</translation>
    </message>
</context>
<context>
    <name>lingong::JobValidation</name>
    <message>
        <source>%1 is not on the industry list.</source>
        <translation>%1不在行业目录中。</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>岗位名称</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>工种</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Skills required</source>
        <translation>技能要求</translation>
    </message>
    <message>
        <source>Work location</source>
        <translation>工作地点</translation>
    </message>
    <message>
        <source>District</source>
        <translation>工作地点（城区）</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>工作地点（街道门牌）</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>工作时长</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>薪资待遇</translation>
    </message>
    <message>
        <source>Pay from</source>
        <translation>薪资待遇（最低）</translation>
    </message>
    <message>
        <source>Pay to</source>
        <translation>薪资待遇（最高）</translation>
    </message>
    <message>
        <source>Pay unit</source>
        <translation>计薪方式</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>结算方式</translation>
    </message>
    <message>
        <source>Employment form</source>
        <translation>用工形式</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>招聘人数</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开工日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>用工单位</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Public-welfare post</source>
        <translation>公益性岗位</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>岗位描述</translation>
    </message>
    <message>
        <source>Please fill in: %1.</source>
        <translation>请填写%1。</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>缺少%1。</translation>
    </message>
    <message>
        <source>%1 is too long (60 characters at most).</source>
        <translation>%1太长（最多 60 个字）。</translation>
    </message>
    <message>
        <source>%1 must be a positive amount.</source>
        <translation>%1必须是大于 0 的金额。</translation>
    </message>
    <message>
        <source>%1 must not be higher than the maximum pay.</source>
        <translation>%1不能高于最高薪资。</translation>
    </message>
    <message>
        <source>%1 is not on the trade list.</source>
        <translation>%1不在工种目录中。</translation>
    </message>
    <message>
        <source>%1 is not a known choice.</source>
        <translation>%1不是可选的项目。</translation>
    </message>
    <message>
        <source>%1 must be a whole number from 1 to 10000.</source>
        <translation>%1必须是 1 到 10000 之间的整数。</translation>
    </message>
    <message>
        <source>%1 must be a real date (YYYY-MM-DD).</source>
        <translation>%1必须是有效日期（年-月-日）。</translation>
    </message>
    <message>
        <source>%1 must not be before the start date.</source>
        <translation>%1不能早于开工日期。</translation>
    </message>
    <message>
        <source>%1 is already in the past.</source>
        <translation>%1已经过去。</translation>
    </message>
    <message>
        <source>%1 must be a mobile number or a landline with area code.</source>
        <translation>%1必须是手机号码或带区号的固定电话。</translation>
    </message>
    <message>
        <source>%1 must be yes or no.</source>
        <translation>%1只能选“是”或“否”。</translation>
    </message>
    <message>
        <source>%1 contains a discriminatory requirement: &quot;%2&quot;. Please remove it.</source>
        <translation>%1含有歧视性要求：“%2”。请删除。</translation>
    </message>
</context>
<context>
    <name>lingong::KioskApplyPage</name>
    <message>
        <source>Your mobile from a moment ago is already in. Not yours? Tap Clear and enter yours.</source>
        <translation>您刚才填写的手机号码已填好。不是您的号码？请点“清空”后重新输入。</translation>
    </message>
    <message>
        <source>Apply for this job</source>
        <translation>我要报名</translation>
    </message>
    <message>
        <source>Please enter your mobile number. The window staff will call you on it about this job.</source>
        <translation>请输入您的手机号码，窗口工作人员会打这个电话和您联系这个岗位。</translation>
    </message>
    <message>
        <source>Confirm and apply</source>
        <translation>确认报名</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>Your application number</source>
        <translation>您的报名号</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>This mobile number has already applied for this job</source>
        <translation>这个手机号已经报过这个岗位了</translation>
    </message>
    <message>
        <source>We will call %1 about it.
If you have lost the application number, please ask at the service window.</source>
        <translation>工作人员会打 %1 联系您。
报名号忘了的，请到服务窗口询问。</translation>
    </message>
    <message>
        <source>Your application has been received</source>
        <translation>报名已收到</translation>
    </message>
    <message>
        <source>For: %1 (%2), starting %3</source>
        <translation>报名岗位：%1（%2），%3开工</translation>
    </message>
    <message>
        <source>This is not a hire yet: the staff will phone you on %1 about the job, so you need not wait here.
To ask sooner, show this number at the service window (write it down or take a photo of it).</source>
        <translation>报名不等于已经录用。工作人员会打 %1 联系您，您不用在这里等。
想早点问，请记下报名号（或用手机拍下来），到服务窗口出示。</translation>
    </message>
    <message>
        <source>For: %1, starting %2</source>
        <translation>报名岗位：%1，%2开工</translation>
    </message>
</context>
<context>
    <name>lingong::KioskAttractPage</name>
    <message>
        <source>Tap this job to see it</source>
        <translation>点这里看这个岗位</translation>
    </message>
    <message>
        <source>Looking for work? Start here.</source>
        <translation>找零工，点这里</translation>
    </message>
    <message>
        <source>Today&apos;s jobs</source>
        <translation>今日岗位</translation>
    </message>
    <message>
        <source>Tap the screen to start</source>
        <translation>点击屏幕开始</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) open today</source>
        <translation>
            <numerusform>今日在招岗位 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) wanted</source>
        <translation>
            <numerusform>共需 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>New jobs are posted every day.</source>
        <translation>每天都有新岗位发布。</translation>
    </message>
    <message>
        <source>Register once and the window staff will find work for you.</source>
        <translation>登记一次，窗口工作人员帮您找活。</translation>
    </message>
</context>
<context>
    <name>lingong::KioskContentPage</name>
    <message>
        <source>I want to join: call me</source>
        <translation>我想报名，请联系我</translation>
    </message>
    <message>
        <source>I want advice: call me</source>
        <translation>我想咨询，请联系我</translation>
    </message>
    <message>
        <source>Training and starting a business</source>
        <translation>培训与创业</translation>
    </message>
    <message>
        <source>Employment policies</source>
        <translation>就业政策</translation>
    </message>
    <message>
        <source>About this market</source>
        <translation>市场信息</translation>
    </message>
    <message>
        <source>Training courses</source>
        <translation>培训项目</translation>
    </message>
    <message>
        <source>Training schools</source>
        <translation>培训机构</translation>
    </message>
    <message>
        <source>Starting a business</source>
        <translation>创业服务</translation>
    </message>
    <message numerus="yes">
        <source>Public-welfare jobs: %n open now. Tap here to see them</source>
        <translation>
            <numerusform>公益性岗位：现有 %n 个在招，点这里查看</numerusform>
        </translation>
    </message>
    <message>
        <source>Run by: %1</source>
        <translation>培训机构：%1</translation>
    </message>
    <message>
        <source>Starts: %1</source>
        <translation>开班时间：%1</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>费用：%1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>咨询电话：%1</translation>
    </message>
    <message>
        <source>Issued by: %1</source>
        <translation>发布单位：%1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>地址：%1</translation>
    </message>
    <message>
        <source>Opening hours: %1</source>
        <translation>开放时间：%1</translation>
    </message>
    <message>
        <source>Service hotline: %1</source>
        <translation>服务热线：%1</translation>
    </message>
    <message>
        <source>Kind of market: %1</source>
        <translation>市场性质：%1</translation>
    </message>
    <message>
        <source>Services: %1</source>
        <translation>服务项目：%1</translation>
    </message>
    <message>
        <source>Main trades: %1</source>
        <translation>主要工种：%1</translation>
    </message>
    <message>
        <source>Job seekers: %1</source>
        <translation>求职人员规模：%1</translation>
    </message>
    <message>
        <source>Placements a day: %1</source>
        <translation>日均招聘成功：%1</translation>
    </message>
</context>
<context>
    <name>lingong::KioskCountdown</name>
    <message>
        <source>Are you still there?</source>
        <translation>您还在使用吗？</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续使用</translation>
    </message>
    <message numerus="yes">
        <source>In %n second(s) the kiosk goes back to the start and clears what you entered.</source>
        <translation>
            <numerusform>%n 秒后将回到开始画面，并清除您输入的信息。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lingong::KioskHomePage</name>
    <message>
        <source>Post a job
Hiring? Tap here</source>
        <translation>我要招工
发布零工岗位</translation>
    </message>
    <message>
        <source>Find work</source>
        <translation>找工作</translation>
    </message>
    <message>
        <source>Register as a job seeker
A few taps, no typing</source>
        <translation>求职登记
点一点就能登记</translation>
    </message>
    <message>
        <source>Training and starting a business
Courses, subsidies, loans</source>
        <translation>培训与创业
培训、补贴、贷款</translation>
    </message>
    <message>
        <source>Employment policies
Subsidies, public-welfare jobs</source>
        <translation>就业政策
补贴、公益性岗位</translation>
    </message>
    <message>
        <source>Your rights
Rules, hotline, call-back</source>
        <translation>权益维护
投诉热线、回电</translation>
    </message>
    <message>
        <source>About this market
Address, hours, services</source>
        <translation>市场信息
地址、时间、服务</translation>
    </message>
    <message>
        <source>Online services
Scan with your phone</source>
        <translation>线上服务
手机扫码办理</translation>
    </message>
    <message numerus="yes">
        <source>Find work
%n open job(s) today</source>
        <translation>
            <numerusform>找工作
今日 %n 个岗位</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lingong::KioskJobCard</name>
    <message>
        <source>Public welfare</source>
        <translation>公益性岗位</translation>
    </message>
</context>
<context>
    <name>lingong::KioskJobDetailPage</name>
    <message>
        <source>A private person</source>
        <translation>个人雇主</translation>
    </message>
    <message>
        <source>Public welfare</source>
        <translation>公益性岗位</translation>
    </message>
    <message>
        <source>Scan with your phone to keep this job</source>
        <translation>手机扫码，保存这个岗位</translation>
    </message>
    <message>
        <source>Apply for this job</source>
        <translation>我要报名</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>This job is no longer shown</source>
        <translation>这个岗位已下架</translation>
    </message>
    <message>
        <source>The employer has withdrawn this job or it has been filled. Please go back and choose another one.</source>
        <translation>用工单位已撤回或已招满。请返回选择其他岗位。</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>工种</translation>
    </message>
    <message>
        <source>Skills needed</source>
        <translation>技能要求</translation>
    </message>
    <message>
        <source>Place of work</source>
        <translation>工作地点</translation>
    </message>
    <message>
        <source>Working time</source>
        <translation>工作时间</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>薪资待遇</translation>
    </message>
    <message>
        <source>Pay counted</source>
        <translation>怎么算钱</translation>
    </message>
    <message>
        <source>Pay settled</source>
        <translation>什么时候发钱</translation>
    </message>
    <message>
        <source>Kind of work</source>
        <translation>用工形式</translation>
    </message>
    <message>
        <source>Workers wanted</source>
        <translation>招聘人数</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开工日期</translation>
    </message>
    <message>
        <source>Open until</source>
        <translation>招聘截止</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>用工单位</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>%1 %2 (apply here and the window staff will put you in touch)</source>
        <translation>%1 %2（在这里报名，窗口工作人员帮您联系）</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>About the work</source>
        <translation>工作内容</translation>
    </message>
    <message>
        <source>This job is no longer open. Please go back and choose another one.</source>
        <translation>这个岗位已停止招聘。请返回选择其他岗位。</translation>
    </message>
    <message>
        <source>Apply with another mobile</source>
        <translation>用另一个手机号报名</translation>
    </message>
    <message>
        <source>This job was just applied for at this kiosk. The staff will phone about it.</source>
        <translation>这个工作刚才已报名，工作人员会打电话联系。</translation>
    </message>
    <message>
        <source>Kept first for people who find work hardest: older workers, those long out of work, households with nobody in work. Ask at the service window whether you can take it.</source>
        <translation>优先安排就业困难人员，如大龄人员、长期失业人员、零就业家庭成员。能不能报，请到服务窗口咨询。</translation>
    </message>
</context>
<context>
    <name>lingong::KioskJobListPage</name>
    <message>
        <source>Jobs in the trades and places you chose</source>
        <translation>您所选工种和区域的岗位</translation>
    </message>
    <message>
        <source>Your places</source>
        <translation>您选的区域</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>All open jobs</source>
        <translation>全部在招岗位</translation>
    </message>
    <message>
        <source>Jobs: %1</source>
        <translation>%1岗位</translation>
    </message>
    <message>
        <source>Public-welfare jobs</source>
        <translation>公益性岗位</translation>
    </message>
    <message>
        <source>Where do you want to work?</source>
        <translation>想在哪里干活？</translation>
    </message>
    <message>
        <source>How should the pay be counted?</source>
        <translation>工钱怎么算？</translation>
    </message>
    <message>
        <source>When should the pay be settled?</source>
        <translation>工钱什么时候结？</translation>
    </message>
    <message>
        <source>How long is the work?</source>
        <translation>想干多久的活？</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>在哪干：%1</translation>
    </message>
    <message>
        <source>Pay: %1</source>
        <translation>怎么算钱：%1</translation>
    </message>
    <message>
        <source>When paid: %1</source>
        <translation>几时结钱：%1</translation>
    </message>
    <message>
        <source>How long: %1</source>
        <translation>干多久：%1</translation>
    </message>
    <message>
        <source>No open jobs match these choices right now. Tap a filter above and choose &quot;Any&quot;, or come back later.</source>
        <translation>暂时没有符合条件的岗位。请点上面的条件，选“不限”，或者过一会儿再来看看。</translation>
    </message>
    <message numerus="yes">
        <source>Page %1 of %2 · %n job(s)</source>
        <translation>
            <numerusform>第 %1 / %2 页 · 共 %n 个岗位</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 · more than %2 jobs</source>
        <translation>第 %1 页 · 超过 %2 个岗位</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a kind of work (how long it lasts)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Any everywhere: show all again</source>
        <translation>全部改回不限，显示所有岗位</translation>
    </message>
    <message>
        <source>No open jobs match these choices right now. Tap the button below to see them all again, or come back later.</source>
        <translation>暂时没有符合条件的岗位。点下面的按钮，全部条件改回不限；或者过一会儿再来看看。</translation>
    </message>
    <message>
        <source>none now</source>
        <translation>现在没有</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n 个岗位</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a choice: what it means</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>最新发布</translation>
    </message>
    <message>
        <source>the jobs put up last come first</source>
        <translation>刚发布的排在前面</translation>
    </message>
    <message>
        <source>Starting soonest</source>
        <translation>最早开工</translation>
    </message>
    <message>
        <source>the jobs that start first come first, those already started at the top</source>
        <translation>开工早的排在前面，已经开工的在最上面</translation>
    </message>
    <message>
        <source>Best paid</source>
        <translation>工钱最高</translation>
    </message>
    <message>
        <source>by what a day&apos;s work brings; pay by the piece or by the job comes last</source>
        <translation>按干一天能挣多少来比；按件、按活算钱的排在最后</translation>
    </message>
    <message>
        <source>Which jobs should come first?</source>
        <translation>想先看哪些工作？</translation>
    </message>
    <message>
        <source>First: %1</source>
        <translation>先看：%1</translation>
    </message>
    <message>
        <source>Paid: %1</source>
        <comment>when paid: the choice</comment>
        <translation>几时结钱：%1</translation>
    </message>
</context>
<context>
    <name>lingong::KioskOnlinePage</name>
    <message>
        <source>Online services</source>
        <translation>线上服务</translation>
    </message>
    <message>
        <source>Scan with your phone camera or WeChat</source>
        <translation>用手机相机或微信扫一扫</translation>
    </message>
    <message>
        <source>It opens the &quot;Guangxi Jobs&quot; online service: register, look for work and apply from home, any time.</source>
        <translation>打开“广西就业”网上服务：在家也能随时登记求职、找工作、报名。</translation>
    </message>
</context>
<context>
    <name>lingong::KioskPage</name>
    <message>
        <source>This kiosk is not connected right now: the service window sees this once the kiosk is connected again. Your details are kept here safely.</source>
        <translation>本机暂时没有联网：联网后服务窗口才能看到。您的信息已妥善保存在本机。</translation>
    </message>
    <message>
        <source>(number not read aloud)</source>
        <translation>（号码不朗读）</translation>
    </message>
    <message>
        <source>.</source>
        <comment>the end of a sentence read aloud</comment>
        <translation>。</translation>
    </message>
    <message>
        <source>:</source>
        <comment>after the name of a field read aloud</comment>
        <translation>：</translation>
    </message>
</context>
<context>
    <name>lingong::KioskPostPage</name>
    <message>
        <source>How should workers address you? Tap Mr or Ms, and your surname below.</source>
        <translation>工人怎么称呼您？请点“先生”或“女士”，再点下面您的姓。</translation>
    </message>
    <message>
        <source>Please check: %1. Is the amount right, and is the pay counted like that? If so, tap Next again.</source>
        <translation>请核对：%1。金额对吗？工钱是这样算的吗？没错的话，请再点一次“下一步”。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Please tap the kind of place where the work is.</source>
        <translation>请在“在什么场所干活”下面点选一项。</translation>
    </message>
    <message>
        <source>Please enter a mobile number, or a landline with its area code, on the keypad.</source>
        <translation>请用数字键输入手机号，或带区号的座机号。</translation>
    </message>
    <message>
        <source>A landline has 7 or 8 digits after its area code (0771 in Nanning). Please check the number.</source>
        <translation>座机号在区号（南宁为0771）后面还有7或8位数字，请核对号码。</translation>
    </message>
    <message>
        <source>Please put the area code in front of a landline, for example 0771.</source>
        <translation>座机号前面请加区号，例如0771。</translation>
    </message>
    <message>
        <source>Pay: %1 (%2)</source>
        <translation>工钱：%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s)</source>
        <translation>
            <numerusform>%n人</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Post a job</source>
        <translation>我要招工</translation>
    </message>
    <message>
        <source>What work do you need done? Tap one.</source>
        <translation>您要招什么工？请点一项。</translation>
    </message>
    <message>
        <source>The hall&apos;s staff phone you to check the job before it is shown. A company or shop registered at the service window may have its jobs shown at once: ask there.</source>
        <translation>岗位经工作人员电话核实后才会发布。在服务窗口登记过的企业、商户发布岗位可即时上线，请到窗口咨询。</translation>
    </message>
    <message>
        <source>Where is the work?</source>
        <translation>在哪里干活？</translation>
    </message>
    <message>
        <source>What kind of place? The staff ask you for the address on the phone.</source>
        <translation>在什么场所干活？详细地址由工作人员打电话问您。</translation>
    </message>
    <message>
        <source>When does the work start?</source>
        <translation>什么时候开工？</translation>
    </message>
    <message>
        <source>How long will it last?</source>
        <translation>要干多久？</translation>
    </message>
    <message>
        <source>Which hours?</source>
        <translation>每天几点干活？</translation>
    </message>
    <message>
        <source>How many workers?</source>
        <translation>招几个人？</translation>
    </message>
    <message>
        <source>How much do you pay?</source>
        <translation>工钱多少？</translation>
    </message>
    <message>
        <source>How is the pay counted?</source>
        <translation>工钱怎么算？</translation>
    </message>
    <message>
        <source>When is it paid?</source>
        <translation>什么时候结算？</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>What should the worker be able to do? (You may skip this.)</source>
        <translation>对工人有什么要求？（可以不选）</translation>
    </message>
    <message>
        <source>What do you provide? (You may skip this.)</source>
        <translation>您提供什么？（可以不选）</translation>
    </message>
    <message>
        <source>Please enter your phone number.</source>
        <translation>请输入您的联系电话。</translation>
    </message>
    <message>
        <source>A mobile, or a landline with its area code. The staff phone you on it to check the job, and put the job seekers who apply in touch with you. Job seekers see only part of it.</source>
        <translation>手机号，或带区号的座机号。工作人员会打这个电话和您核实岗位，并帮报名的求职者和您联系。求职者只能看到部分号码。</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Not listed</source>
        <translation>没有我的姓</translation>
    </message>
    <message>
        <source>Please check your job. This is how job seekers will see it:</source>
        <translation>请核对您的岗位，求职者看到的是这样的：</translation>
    </message>
    <message>
        <source>We keep your phone number and these answers to publish the job and to put job seekers in touch with you, and give them to nobody else. The staff phone you to check the job before it is shown.</source>
        <translation>我们保存您的电话和以上选择，只用于发布岗位、帮求职者和您联系，不提供给任何其他人。岗位经工作人员电话核实后才会发布。</translation>
    </message>
    <message>
        <source>Your job is sent for checking</source>
        <translation>岗位已提交，等待核实</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Send for checking</source>
        <translation>提交审核</translation>
    </message>
    <message>
        <source>Where: %1, %2</source>
        <translation>地点：%1，%2</translation>
    </message>
    <message>
        <source>When: from %1, %2, %3</source>
        <translation>时间：%1开工，%2，%3</translation>
    </message>
    <message>
        <source>The worker: %1</source>
        <translation>要求：%1</translation>
    </message>
    <message>
        <source>You provide: %1</source>
        <translation>提供：%1</translation>
    </message>
    <message>
        <source>Contact: %1, %2</source>
        <translation>联系人：%1，%2</translation>
    </message>
    <message>
        <source>Your job is not sent yet. Tap %1 again to leave and delete your answers, or carry on here.</source>
        <translation>岗位还没有提交。再点一次“%1”将离开并删除您的选择；也可以继续在这里填写。</translation>
    </message>
    <message>
        <source>Please tap the kind of work.</source>
        <translation>请点选要招的工种。</translation>
    </message>
    <message>
        <source>Please tap the district where the work is.</source>
        <translation>请点选干活的区县。</translation>
    </message>
    <message>
        <source>Please enter the pay on the keypad, in yuan.</source>
        <translation>请用数字键输入工钱（元）。</translation>
    </message>
    <message>
        <source>Please tap your surname, or Not listed.</source>
        <translation>请点您的姓，或点“没有我的姓”。</translation>
    </message>
    <message>
        <source>Please tap Mr or Ms.</source>
        <translation>请点“先生”或“女士”。</translation>
    </message>
    <message>
        <source>Show my whole number</source>
        <translation>显示完整号码</translation>
    </message>
    <message>
        <source>Hide my number</source>
        <translation>隐藏号码</translation>
    </message>
    <message>
        <source>The hall&apos;s staff will phone you on %1 in opening hours (%2) to check it. Once checked, it is shown on this kiosk and on the hall&apos;s screen, and job seekers can apply.</source>
        <translation>工作人员会在办公时间（%2）打 %1 和您核实。核实后，岗位会在自助机和大厅大屏上发布，求职者就可以报名了。</translation>
    </message>
    <message>
        <source>Your reference number, to ask about this job</source>
        <translation>您的受理号（问这个岗位时报这个号）</translation>
    </message>
    <message>
        <source>Asking about it at the window or on the phone, give this number.</source>
        <translation>到窗口或打电话询问时，报上这个受理号就行。</translation>
    </message>
    <message>
        <source>Which job is it? (You may skip this.)</source>
        <translation>具体招什么岗位？（可以不选）</translation>
    </message>
    <message>
        <source>Another job</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>By law a job may not be only for men or only for women, nor turn people away for their nationality, where their household is registered or carrying hepatitis B.</source>
        <translation>按照国家规定，招工不能只招男性或只招女性，也不能因为民族、户籍或携带乙肝病毒而拒招。</translation>
    </message>
    <message>
        <source>Please check: %1 is less than %2 yuan an hour, below the lowest pay the law allows here. Is the amount right, and is the pay counted like that? If so, tap Next again: the staff will ask you about it before the job is shown.</source>
        <translation>请核对：%1，算下来每小时不到%2元，低于本地最低工资标准。金额对吗？工钱是这样算的吗？没错的话，请再点一次“下一步”，工作人员发布前会和您核实。</translation>
    </message>
    <message>
        <source>One more question on this page: how many workers? Tap the number, then Next.</source>
        <translation>这一页还有一个问题：招几个人？请点人数，再点“下一步”。</translation>
    </message>
</context>
<context>
    <name>lingong::KioskPosting</name>
    <message>
        <source>Building site</source>
        <translation>建筑工地</translation>
    </message>
    <message>
        <source>Someone&apos;s home</source>
        <translation>居民家中</translation>
    </message>
    <message>
        <source>Housing estate or offices</source>
        <translation>小区或写字楼</translation>
    </message>
    <message>
        <source>Shop or restaurant</source>
        <translation>店铺或餐馆</translation>
    </message>
    <message>
        <source>Factory or warehouse</source>
        <translation>工厂或仓库</translation>
    </message>
    <message>
        <source>Farm or orchard</source>
        <translation>农田或果园</translation>
    </message>
    <message>
        <source>Somewhere else</source>
        <translation>其他地方</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>Day after tomorrow</source>
        <translation>后天</translation>
    </message>
    <message>
        <source>Next Monday</source>
        <translation>下周一</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1天</translation>
    </message>
    <message>
        <source>2 or 3 days</source>
        <translation>2到3天</translation>
    </message>
    <message>
        <source>About 1 week</source>
        <translation>1周左右</translation>
    </message>
    <message>
        <source>About 2 weeks</source>
        <translation>2周左右</translation>
    </message>
    <message>
        <source>About 1 month</source>
        <translation>1个月左右</translation>
    </message>
    <message>
        <source>Over a month</source>
        <translation>1个月以上</translation>
    </message>
    <message>
        <source>Day, 8:00–17:00</source>
        <translation>白天 8:00–17:00</translation>
    </message>
    <message>
        <source>Morning, 8:00–12:00</source>
        <translation>上午 8:00–12:00</translation>
    </message>
    <message>
        <source>Afternoon, 14:00–18:00</source>
        <translation>下午 14:00–18:00</translation>
    </message>
    <message>
        <source>Evening, 18:00–22:00</source>
        <translation>晚上 18:00–22:00</translation>
    </message>
    <message>
        <source>Night, 22:00–6:00</source>
        <translation>夜班 22:00–次日6:00</translation>
    </message>
    <message>
        <source>To be agreed</source>
        <translation>时间可商量</translation>
    </message>
    <message>
        <source>No experience needed</source>
        <translation>不需要经验</translation>
    </message>
    <message>
        <source>Has done this work before</source>
        <translation>干过这一行</translation>
    </message>
    <message>
        <source>Holds the certificate for it</source>
        <translation>有上岗证</translation>
    </message>
    <message>
        <source>Can carry heavy loads</source>
        <translation>能干重活</translation>
    </message>
    <message>
        <source>Can use a smartphone</source>
        <translation>会用智能手机</translation>
    </message>
    <message>
        <source>Brings own tools</source>
        <translation>自带工具</translation>
    </message>
    <message>
        <source>Meals</source>
        <translation>管饭</translation>
    </message>
    <message>
        <source>A place to stay</source>
        <translation>包住</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>提供工具</translation>
    </message>
    <message>
        <source>Transport to the work</source>
        <translation>接送上下班</translation>
    </message>
    <message>
        <source>Work-injury insurance</source>
        <translation>买工伤保险</translation>
    </message>
    <message>
        <source>Mr</source>
        <translation>先生</translation>
    </message>
    <message>
        <source>Ms</source>
        <translation>女士</translation>
    </message>
    <message>
        <source>In 3 days</source>
        <translation>3天后</translation>
    </message>
    <message>
        <source>In 4 days</source>
        <translation>4天后</translation>
    </message>
    <message>
        <source>In 5 days</source>
        <translation>5天后</translation>
    </message>
    <message>
        <source>In 6 days</source>
        <translation>6天后</translation>
    </message>
    <message>
        <source>Holds a health certificate</source>
        <translation>有健康证</translation>
    </message>
    <message>
        <source>Lunch and supper, 11:00–14:00 and 17:00–21:00</source>
        <translation>中午加晚上 11:00–14:00、17:00–21:00</translation>
    </message>
</context>
<context>
    <name>lingong::KioskRegisterPage</name>
    <message>
        <source>No open jobs in the trades you chose right now. Other open jobs, tap one to see it:</source>
        <translation>您选的工种现在没有在招岗位。下面是其他在招岗位，点一下可以查看：</translation>
    </message>
    <message>
        <source>The birth date in the number (its 7th to 14th characters) is not a real date. Please check the number against your ID card.</source>
        <translation>号码中的出生日期（第7至14位）不是真实的日期，请对照身份证再看一遍。</translation>
    </message>
    <message>
        <source>Your answers are not saved yet. Tap %1 again to leave and delete them, or carry on here.</source>
        <translation>您填写的内容还没有保存。再点一次“%1”将离开并删除这些内容；也可以继续在这里填写。</translation>
    </message>
    <message>
        <source>Difficulties: 1, from the age on your ID card (only the hall&apos;s staff will see it)</source>
        <translation>困难：1 项，按身份证上的年龄认定（只有工作人员能看到）</translation>
    </message>
    <message>
        <source>Difficulties: %1, one of them from the age on your ID card (only the hall&apos;s staff will see them)</source>
        <translation>困难：%1 项，其中 1 项按身份证上的年龄认定（只有工作人员能看到）</translation>
    </message>
    <message>
        <source>Older, by the age on your ID card (chosen for you)</source>
        <translation>年纪大一些（按身份证上的年龄，已替您选上）</translation>
    </message>
    <message>
        <source>Difficulties told: %1 (only the hall&apos;s staff will see them)</source>
        <translation>您说的困难：%1 项（只有工作人员能看到）</translation>
    </message>
    <message>
        <source>More jobs like these</source>
        <translation>更多同类岗位</translation>
    </message>
    <message>
        <source>Tap again: do not save</source>
        <translation>再点一次：不保存</translation>
    </message>
    <message>
        <source>Open jobs that fit what you chose. Tap one to see it:</source>
        <translation>和您的选择相符的在招岗位，点一下可以查看：</translation>
    </message>
    <message>
        <source>Children under %1 cannot register for work.</source>
        <translation>未满%1周岁不能登记找工作。</translation>
    </message>
    <message>
        <source>Pay: %1</source>
        <translation>期望日薪：%1</translation>
    </message>
    <message>
        <source>Training: %1</source>
        <translation>想参加的培训：%1</translation>
    </message>
    <message>
        <source>Start: %1</source>
        <translation>什么时候能上岗：%1</translation>
    </message>
    <message>
        <source>Work: %1</source>
        <translation>想做的工作：%1</translation>
    </message>
    <message>
        <source>any</source>
        <translation>都可以</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>想在哪里干活：%1</translation>
    </message>
    <message>
        <source>anywhere</source>
        <translation>哪里都可以</translation>
    </message>
    <message>
        <source>Difficulties told: %1</source>
        <translation>您说的困难：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>没有</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Please enter your ID card number on the keypad.</source>
        <translation>请在键盘上输入您的身份证号码。</translation>
    </message>
    <message numerus="yes">
        <source>%n more to go: an ID card number has 18 characters.</source>
        <translation>
            <numerusform>还差 %n 位：身份证号码一共 18 位。</numerusform>
        </translation>
    </message>
    <message>
        <source>Register as a job seeker</source>
        <translation>求职登记</translation>
    </message>
    <message>
        <source>Please enter your ID card number.</source>
        <translation>请输入您的身份证号码。</translation>
    </message>
    <message>
        <source>18 characters. If the last one is X, tap the X key. Check it, then tap Next: from then on only part of it is shown.</source>
        <translation>共18位。最后一位是X的，请点X键。核对无误后点“下一步”，之后屏幕上只显示部分号码。</translation>
    </message>
    <message>
        <source>ID card number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Please enter your mobile number.</source>
        <translation>请输入您的手机号码。</translation>
    </message>
    <message>
        <source>The window staff will call you on it about jobs.</source>
        <translation>窗口工作人员会打这个电话和您联系岗位。</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>What work would you like to do? Tap all that fit, the one you want most first.</source>
        <translation>您想做什么工作？可以多选，最想做的请先点。</translation>
    </message>
    <message>
        <source>Where would you like to work?</source>
        <translation>您想在哪里工作？</translation>
    </message>
    <message>
        <source>Tap one or more. Tap none if anywhere is fine.</source>
        <translation>可以多选。哪里都可以就不用选。</translation>
    </message>
    <message>
        <source>When can you start?</source>
        <translation>什么时候可以上工？</translation>
    </message>
    <message>
        <source>How much would you like to earn a day?</source>
        <translation>您希望一天挣多少钱？</translation>
    </message>
    <message>
        <source>Any pay</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>%1 yuan or more</source>
        <translation>%1元以上</translation>
    </message>
    <message>
        <source>Would you like training? Many are free. Tap any you like.</source>
        <translation>想参加培训吗？不少课程免费。感兴趣的点一下。</translation>
    </message>
    <message>
        <source>Would you like to start a small business?</source>
        <translation>有没有想过自己创业、做点小生意？</translation>
    </message>
    <message>
        <source>Yes, I would like advice</source>
        <translation>想，希望有人指导</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>暂时不想</translation>
    </message>
    <message>
        <source>Is any of this true for you? (You may skip this.)</source>
        <translation>您有下面这些情况吗？（可以不选）</translation>
    </message>
    <message>
        <source>If so, tap it and we will look for suitable jobs for you first. Only the hall&apos;s staff will see this.</source>
        <translation>如果有，请点一下，我们会优先为您推荐合适的岗位。这些情况只有工作人员能看到。</translation>
    </message>
    <message>
        <source>I have been looking for work for more than half a year</source>
        <translation>找工作已经半年多了</translation>
    </message>
    <message>
        <source>My family&apos;s income is low at the moment</source>
        <translation>家里收入暂时比较困难</translation>
    </message>
    <message>
        <source>I have a disability</source>
        <translation>身体有残疾</translation>
    </message>
    <message>
        <source>I am older and finding work is harder</source>
        <translation>年纪大一些，找工作不太容易</translation>
    </message>
    <message>
        <source>Something else makes it hard; I would like help</source>
        <translation>有其他困难，想请工作人员帮帮忙</translation>
    </message>
    <message>
        <source>Before we save: your agreement</source>
        <translation>保存之前，请您确认</translation>
    </message>
    <message>
        <source>We will keep your ID number, mobile number and the choices you just made. We use them only to find work for you and to offer you employment services. We do not give them to anyone else, and the screen only ever shows part of your numbers. You can ask at the window at any time to see, change or delete them.</source>
        <translation>我们会保存您的身份证号、手机号和刚才的选择，只用来帮您找工作、为您提供就业服务。不会交给其他人，屏幕上也只显示部分号码。您随时可以到窗口查看、修改或删除这些信息。</translation>
    </message>
    <message>
        <source>No, do not save</source>
        <translation>不同意，不保存</translation>
    </message>
    <message>
        <source>I agree, register me</source>
        <translation>同意，帮我登记</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>ID number %1, mobile %2</source>
        <translation>身份证号 %1，手机 %2</translation>
    </message>
    <message>
        <source>You are already registered</source>
        <translation>您已经登记过了</translation>
    </message>
    <message>
        <source>ID number %1 is already in our records, so there is nothing more to do here.
If your mobile number or wishes have changed, the window staff will gladly update them for you.</source>
        <translation>身份证号 %1 已经登记过，不用再登记了。
如果手机号或求职意向有变化，窗口工作人员会帮您修改。</translation>
    </message>
    <message>
        <source>You are registered</source>
        <translation>登记成功</translation>
    </message>
    <message>
        <source>ID number %1, mobile %2.
Please bring your ID card to the service window: the staff will add your name and suggest jobs for you.</source>
        <translation>身份证号 %1，手机 %2。
请带上身份证到服务窗口，工作人员会补充您的姓名并为您推荐岗位。</translation>
    </message>
    <message>
        <source>Nothing was saved</source>
        <translation>没有保存任何信息</translation>
    </message>
    <message>
        <source>That is fine. You can still look at jobs here, or ask at the service window.</source>
        <translation>没关系。您还可以在这里看岗位，或者到服务窗口咨询。</translation>
    </message>
    <message>
        <source>One digit is not right: check it against your ID card. If it is the same, register at the service window.</source>
        <translation>号码有一位不对，请对照身份证再看一遍。如果和身份证上的一模一样，请到服务窗口登记。</translation>
    </message>
    <message>
        <source>Starting a business: %1</source>
        <translation>创业：%1</translation>
    </message>
    <message>
        <source>The work you tap first is marked ★: the staff offer you such jobs first.</source>
        <translation>您第一个点的工种会标上★，工作人员会先给您推荐这类工作。</translation>
    </message>
    <message>
        <source>Look at open jobs</source>
        <translation>看看在招的工作</translation>
    </message>
</context>
<context>
    <name>lingong::KioskRightsPage</name>
    <message>
        <source>About: %1</source>
        <translation>咨询事项：%1</translation>
    </message>
    <message>
        <source>When we call, have these ready:</source>
        <translation>工作人员来电时会问到以下内容，请提前备好：</translation>
    </message>
    <message>
        <source>Mobile or landline</source>
        <translation>手机或固定电话</translation>
    </message>
    <message numerus="yes">
        <source>A landline is its area code and then a number of 7 or 8 digits, such as 0771 5551234: %n digit(s) typed.</source>
        <translation>
            <numerusform>固定电话是区号加7至8位号码，例如 0771 5551234；您输入了 %n 位。</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>权益维护</translation>
    </message>
    <message>
        <source>Service hotline: %1</source>
        <translation>服务热线：%1</translation>
    </message>
    <message>
        <source>Ask the staff to call me back</source>
        <translation>请工作人员回电</translation>
    </message>
    <message>
        <source>What is it about?</source>
        <translation>您要反映什么事？</translation>
    </message>
    <message>
        <source>Send my request</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Your request has been received</source>
        <translation>已收到您的请求</translation>
    </message>
    <message>
        <source>First person asked is responsible; matters are settled within the time limit; everything you need to bring is told to you at once.</source>
        <translation>首问负责：第一个接待您的工作人员负责到底；限时办结：按时办好；一次性告知：需要的材料一次讲清楚。</translation>
    </message>
    <message>
        <source>Please tap what your request is about.</source>
        <translation>请先点选您要反映的事情。</translation>
    </message>
    <message>
        <source>d MMM HH:mm</source>
        <comment>deadline, QDateTime format</comment>
        <translation>M月d日 HH:mm</translation>
    </message>
    <message>
        <source>We will call %1 by %2.</source>
        <translation>工作人员会在 %2 前打 %1 给您回电。</translation>
    </message>
    <message>
        <source>Enter your phone number on the keypad. A member of staff will call you back by the end of the next working day.</source>
        <translation>请在数字键盘上输入您的电话号码。工作人员会在下一个工作日下班前给您回电。</translation>
    </message>
</context>
<context>
    <name>lingong::KioskSlipOffer</name>
    <message>
        <source>Please take your receipt from the printer. If none comes out, please write down your number: %1</source>
        <translation>请从打印机取走您的回执。如果没有出纸，请记下您的报名号：%1</translation>
    </message>
    <message>
        <source>Print a receipt</source>
        <translation>打印回执</translation>
    </message>
    <message>
        <source>Please take your receipt from the printer.</source>
        <translation>请从打印机取走您的回执。</translation>
    </message>
    <message>
        <source>The printer is not working. Please ask at the service window.</source>
        <translation>打印机暂时不能使用，请到服务窗口咨询。</translation>
    </message>
    <message>
        <source>The printer is not working. Please write down your number: %1</source>
        <translation>打印机暂时不能使用，请记下您的报名号：%1</translation>
    </message>
</context>
<context>
    <name>lingong::KioskSlips</name>
    <message numerus="yes">
        <source>%n worker(s)</source>
        <translation>
            <numerusform>%n人</numerusform>
        </translation>
    </message>
    <message>
        <source>Job posting sent for checking</source>
        <translation>招工登记回执</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>工作时间</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>招聘人数</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Job seekers may not be asked for any fee or deposit. Questions: call %1 or come to the service window.</source>
        <translation>不得向求职者收取任何费用或押金。如有疑问，请拨打 %1 或到服务窗口咨询。</translation>
    </message>
    <message>
        <source>Course or service</source>
        <translation>课程/项目</translation>
    </message>
    <message>
        <source>Application receipt</source>
        <translation>报名回执</translation>
    </message>
    <message>
        <source>Your application number</source>
        <translation>您的报名号</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>用工单位</translation>
    </message>
    <message>
        <source>Place of work</source>
        <translation>工作地点</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开工日期</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>薪资</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>No employer may ask you for a fee or a deposit for a job. If you are asked to pay, call %1.</source>
        <translation>用工单位不得以任何名义向您收取费用或押金。如被要求交钱，请拨打 %1。</translation>
    </message>
    <message>
        <source>Call-back request</source>
        <translation>回电登记回执</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>We call</source>
        <translation>回电号码</translation>
    </message>
    <message>
        <source>By</source>
        <translation>回电时限</translation>
    </message>
    <message>
        <source>When we call, have these ready:</source>
        <translation>工作人员来电时会问到以下内容，请提前备好：</translation>
    </message>
    <message>
        <source>If nobody has called by then, call %1 or come to the service window.</source>
        <translation>如到时未接到回电，请拨打 %1 或到服务窗口办理。</translation>
    </message>
    <message>
        <source>The hall&apos;s staff will phone you on %1 in opening hours (%2) to check the job before it is shown.</source>
        <translation>工作人员会在办公时间（%2）打 %1 和您核实岗位，核实后发布。</translation>
    </message>
    <message>
        <source>This is not a hire yet: the staff will phone you on %1 about the job. To ask sooner, bring this slip to the service window.</source>
        <translation>报名不等于已经录用。工作人员会打 %1 联系您。想早点问，可以带这张回执到服务窗口。</translation>
    </message>
    <message>
        <source>Reference number, to ask about this job</source>
        <translation>受理号（询问时请报这个号）</translation>
    </message>
</context>
<context>
    <name>lingong::KioskStaffExitPage</name>
    <message>
        <source>Staff only: leave kiosk mode</source>
        <translation>工作人员专用：退出自助模式</translation>
    </message>
    <message>
        <source>Enter the staff PIN.</source>
        <translation>请输入工作人员密码。</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>退出自助模式</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>密码不对。</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Please wait %n second(s).</source>
        <translation>
            <numerusform>密码错误次数过多，请等待 %n 秒。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lingong::KioskStepsPage</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
</context>
<context>
    <name>lingong::KioskText</name>
    <message>
        <source>This could not be saved just now. Your answers are kept: please tap again in a moment, or ask at the service window.</source>
        <translation>暂时无法保存，您填写的内容都还在：请稍后再点一次，或到服务窗口办理。</translation>
    </message>
    <message>
        <source>Please enter your mobile number on the keypad.</source>
        <translation>请在数字键盘上输入您的手机号码。</translation>
    </message>
    <message numerus="yes">
        <source>%n more to go: a mobile number has 11 digits.</source>
        <translation>
            <numerusform>还差 %n 位：手机号码共 11 位。</numerusform>
        </translation>
    </message>
    <message>
        <source>A mobile number starts with 13 to 19. Please check the number.</source>
        <translation>手机号码以 13 至 19 开头，请核对号码。</translation>
    </message>
    <message>
        <source>yuan/hour</source>
        <translation>元/小时</translation>
    </message>
    <message>
        <source>yuan/day</source>
        <translation>元/天</translation>
    </message>
    <message>
        <source>yuan/piece</source>
        <translation>元/件</translation>
    </message>
    <message>
        <source>yuan/month</source>
        <translation>元/月</translation>
    </message>
    <message>
        <source>yuan/job</source>
        <translation>元/项</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>By the hour</source>
        <translation>按小时</translation>
    </message>
    <message>
        <source>By the day</source>
        <translation>按天</translation>
    </message>
    <message>
        <source>By the piece</source>
        <translation>按件</translation>
    </message>
    <message>
        <source>By the month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>By the job</source>
        <translation>按项目</translation>
    </message>
    <message>
        <source>Paid daily</source>
        <translation>日结</translation>
    </message>
    <message>
        <source>Paid weekly</source>
        <translation>周结</translation>
    </message>
    <message>
        <source>Paid monthly</source>
        <translation>月结</translation>
    </message>
    <message>
        <source>Paid on completion</source>
        <translation>完工结</translation>
    </message>
    <message>
        <source>Part-time</source>
        <translation>非全日制</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>临时性</translation>
    </message>
    <message>
        <source>Seasonal</source>
        <translation>阶段性</translation>
    </message>
    <message>
        <source>Pay to be agreed</source>
        <translation>工资面议</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>a date&apos;s day and month, QDate format</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>Right away</source>
        <translation>马上可以</translation>
    </message>
    <message>
        <source>Within this week</source>
        <translation>这周内</translation>
    </message>
    <message>
        <source>Weekends only</source>
        <translation>只有周末</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>过段时间</translation>
    </message>
    <message>
        <source>%1 hours a day: about %2 yuan a day</source>
        <translation>每天%1小时，约%2元/天</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>pay, then what a day comes to</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>about %1 yuan a day</source>
        <translation>约%1元/天</translation>
    </message>
    <message>
        <source>paid mostly by the hour, usually no more than 4 hours a day</source>
        <translation>一般按小时算钱，每天通常不超过4小时</translation>
    </message>
    <message>
        <source>work for a season or one stage of a job, such as a harvest</source>
        <translation>只干一个季节或一段时间的活，比如农忙收获</translation>
    </message>
    <message>
        <source>work for a set time, from a few days to a few months</source>
        <translation>有期限的活，短则几天，长则几个月</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>a date&apos;s day, month and year, QDate format</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>a few hours a day</source>
        <translation>每天干几个钟头</translation>
    </message>
    <message>
        <source>a few days to a few months</source>
        <translation>几天到几个月</translation>
    </message>
    <message>
        <source>one season, such as a harvest</source>
        <translation>干一季，比如收果</translation>
    </message>
    <message>
        <source>the money for each day is paid the same day</source>
        <translation>每天干完，当天拿钱</translation>
    </message>
    <message>
        <source>paid once a week</source>
        <translation>每周结一次钱</translation>
    </message>
    <message>
        <source>paid once a month</source>
        <translation>每月结一次钱</translation>
    </message>
    <message>
        <source>paid all at once when the work is finished</source>
        <translation>活干完后一次结清</translation>
    </message>
    <message>
        <source>by the hours worked</source>
        <translation>按干了几个小时算钱</translation>
    </message>
    <message>
        <source>a set amount for each day worked</source>
        <translation>干一天算一天的钱</translation>
    </message>
    <message>
        <source>by how much is done, such as boxes carried</source>
        <translation>按干了多少算钱，比如搬了几箱</translation>
    </message>
    <message>
        <source>a set amount for each month</source>
        <translation>每月拿固定的工钱</translation>
    </message>
    <message>
        <source>one price for the whole job</source>
        <translation>整个活一个价</translation>
    </message>
    <message>
        <source>starts today</source>
        <translation>今天开工</translation>
    </message>
    <message>
        <source>starts tomorrow</source>
        <translation>明天开工</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>%1已开工</translation>
    </message>
    <message>
        <source>starts %1</source>
        <translation>%1开工</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n worker(s) · %2</source>
        <translation>
            <numerusform>%1 · 招 %n 人 · %2</numerusform>
        </translation>
    </message>
    <message>
        <source>daily</source>
        <comment>paid</comment>
        <translation>日结</translation>
    </message>
    <message>
        <source>weekly</source>
        <comment>paid</comment>
        <translation>周结</translation>
    </message>
    <message>
        <source>monthly</source>
        <comment>paid</comment>
        <translation>月结</translation>
    </message>
    <message>
        <source>on completion</source>
        <comment>paid</comment>
        <translation>完工结</translation>
    </message>
    <message>
        <source>about %1 yuan a day, a month&apos;s pay over the 21.75 paid days the law counts</source>
        <translation>月薪按每月计薪21.75天折算，约%1元/天</translation>
    </message>
</context>
<context>
    <name>lingong::KioskTradesPage</name>
    <message>
        <source>Find work: choose a trade</source>
        <translation>找工作：选工种</translation>
    </message>
    <message>
        <source>Tap the kind of work you want.</source>
        <translation>请点您想做的工种。</translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation>全部岗位</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n 个岗位</numerusform>
        </translation>
    </message>
    <message>
        <source>none today</source>
        <translation>今日暂无</translation>
    </message>
</context>
<context>
    <name>lingong::KioskUrgentBar</name>
    <message>
        <source>Until today</source>
        <translation>今天有效</translation>
    </message>
    <message>
        <source>Urgent notice %1/%2</source>
        <translation>紧急通知 %1/%2</translation>
    </message>
    <message>
        <source>Urgent notice</source>
        <translation>紧急通知</translation>
    </message>
    <message>
        <source>Until %1/%2</source>
        <translation>有效至%1月%2日</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>有效至 %1</translation>
    </message>
    <message>
        <source>Until %1/%2 %3</source>
        <extracomment>An end: month, day, hour and minute (e.g. 有效至12月3日 14:05)</extracomment>
        <translation>有效至%1月%2日 %3</translation>
    </message>
    <message>
        <source>Ask: %1</source>
        <translation>咨询：%1</translation>
    </message>
</context>
<context>
    <name>lingong::KioskUrgentPanel</name>
    <message>
        <source>Urgent notice</source>
        <translation>紧急通知</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>知道了</translation>
    </message>
</context>
<context>
    <name>lingong::KioskWindow</name>
    <message>
        <source>Read aloud</source>
        <translation>语音朗读</translation>
    </message>
    <message>
        <source>%1, on</source>
        <translation>%1，已打开</translation>
    </message>
    <message>
        <source>%1, off</source>
        <translation>%1，已关闭</translation>
    </message>
    <message>
        <source>%1, chosen</source>
        <translation>%1，已选</translation>
    </message>
    <message>
        <source>%1, not chosen</source>
        <translation>%1，未选</translation>
    </message>
    <message>
        <source>not updated yet</source>
        <translation>尚未更新</translation>
    </message>
    <message>
        <source>%1/%2 %3</source>
        <extracomment>A day and time: month, day, hour and minute (e.g. 12月3日 14:05)</extracomment>
        <translation>%1月%2日 %3</translation>
    </message>
    <message>
        <source>Set up wrongly: please tell the staff</source>
        <translation>设置有误，请告知工作人员</translation>
    </message>
    <message>
        <source>Not syncing: please tell the staff</source>
        <translation>同步已停止，请告知工作人员</translation>
    </message>
    <message>
        <source>Self-service kiosk</source>
        <translation>自助查询机</translation>
    </message>
    <message>
        <source>Guangxi Gig Labour Market</source>
        <translation>广西零工市场</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>大字模式</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Stand-alone (offline)</source>
        <translation>单机运行（离线）</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Data as of %1 · %2 · Hotline %3</source>
        <translation>数据截至 %1 · %2 · 服务热线 %3</translation>
    </message>
</context>
<context>
    <name>lingong::Matching</name>
    <message>
        <source>Pay is followed up once the person has started work (hired).</source>
        <translation>到岗后才能回访工资结算情况。</translation>
    </message>
    <message>
        <source>expects pay by the piece</source>
        <translation>期望计件</translation>
    </message>
    <message>
        <source>pay by the piece, up to %1 yuan each, expects %2</source>
        <translation>计件，每件最高%1元，期望%2元</translation>
    </message>
    <message>
        <source>pay by the piece below expectation (%1 &lt; %2 yuan each)</source>
        <translation>计件低于期望（每件%1 &lt; %2元）</translation>
    </message>
    <message>
        <source>pay by the piece, up to %1 yuan each</source>
        <translation>计件，每件最高%1元</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>a date&apos;s day and month, QDate format</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>Job recruiting again: %1</source>
        <translation>岗位重新招聘：%1</translation>
    </message>
    <message>
        <source>An outcome can be corrected to hired, not hired or did not come.</source>
        <translation>结果只能更正为已到岗、未录用或未到场。</translation>
    </message>
    <message>
        <source>Please write down why the outcome is corrected.</source>
        <translation>请写明更正结果的原因。</translation>
    </message>
    <message>
        <source>Only a recorded outcome can be corrected; record the next step instead.</source>
        <translation>只有已登记的结果才能更正；请登记下一步。</translation>
    </message>
    <message>
        <source>Outcome corrected for &quot;%1&quot;: %2 → %3 (%4)</source>
        <translation>更正“%1”的对接结果：%2 → %3（%4）</translation>
    </message>
    <message>
        <source>hired (到岗)</source>
        <translation>已到岗</translation>
    </message>
    <message>
        <source>not hired</source>
        <translation>未录用</translation>
    </message>
    <message>
        <source>did not come</source>
        <translation>未到场</translation>
    </message>
    <message>
        <source>trade wanted (%1)</source>
        <translation>工种相符（%1）</translation>
    </message>
    <message>
        <source>no trade named</source>
        <translation>未限工种</translation>
    </message>
    <message>
        <source>other trade (%1)</source>
        <translation>工种不同（%1）</translation>
    </message>
    <message>
        <source>district wanted (%1)</source>
        <translation>地点相符（%1）</translation>
    </message>
    <message>
        <source>no district named</source>
        <translation>未限地点</translation>
    </message>
    <message>
        <source>far away (%1)</source>
        <translation>距离较远（%1）</translation>
    </message>
    <message>
        <source>no pay expectation</source>
        <translation>未提薪资要求</translation>
    </message>
    <message>
        <source>pay by project</source>
        <translation>按项目计酬</translation>
    </message>
    <message>
        <source>pay up to %1 yuan/day, expects %2</source>
        <translation>日薪最高%1元，期望%2元</translation>
    </message>
    <message>
        <source>pay a little below expectation (%1 &lt; %2 yuan/day)</source>
        <translation>薪资略低于期望（日薪%1 &lt; %2元）</translation>
    </message>
    <message>
        <source>pay below expectation (%1 &lt; %2 yuan/day)</source>
        <translation>薪资低于期望（日薪%1 &lt; %2元）</translation>
    </message>
    <message>
        <source>start %1 suits</source>
        <translation>%1开工，时间合适</translation>
    </message>
    <message>
        <source>start %1 roughly suits</source>
        <translation>%1开工，时间基本合适</translation>
    </message>
    <message>
        <source>start %1 too late</source>
        <translation>%1开工，时间偏晚</translation>
    </message>
    <message>
        <source>This job seeker no longer exists.</source>
        <translation>此求职者已不存在。</translation>
    </message>
    <message>
        <source>This job no longer exists.</source>
        <translation>此岗位已不存在。</translation>
    </message>
    <message>
        <source>This job is no longer open. Please choose another one.</source>
        <translation>此岗位已停止招聘，请选择其他岗位。</translation>
    </message>
    <message>
        <source>This job seeker has already been recommended for this job.</source>
        <translation>已经向此岗位推荐过这位求职者。</translation>
    </message>
    <message>
        <source>Job seeker recommended for &quot;%1&quot;</source>
        <translation>推荐求职者应聘“%1”</translation>
    </message>
    <message>
        <source>The outcome is not a known choice.</source>
        <translation>对接结果不在可选范围内。</translation>
    </message>
    <message>
        <source>This application no longer exists.</source>
        <translation>此报名记录已不存在。</translation>
    </message>
    <message>
        <source>The outcome of this application is already recorded.</source>
        <translation>此报名的结果已经登记过。</translation>
    </message>
    <message>
        <source>This step does not follow from the current one.</source>
        <translation>当前状态下不能登记这一步。</translation>
    </message>
    <message>
        <source>Interview held for &quot;%1&quot;</source>
        <translation>“%1”已面试</translation>
    </message>
    <message>
        <source>Hired (到岗) for &quot;%1&quot;</source>
        <translation>“%1”已到岗</translation>
    </message>
    <message>
        <source>Not hired for &quot;%1&quot;</source>
        <translation>“%1”未录用</translation>
    </message>
    <message>
        <source>Did not come for &quot;%1&quot;</source>
        <translation>“%1”未到场</translation>
    </message>
    <message>
        <source>Application withdrawn for &quot;%1&quot;</source>
        <translation>“%1”已取消报名</translation>
    </message>
    <message>
        <source>Job filled: %1</source>
        <translation>岗位已招满：%1</translation>
    </message>
    <message>
        <source>Follow-up for &quot;%1&quot; (%2): work finished, pay settled</source>
        <translation>回访“%1”（%2）：已完工，工资已结清</translation>
    </message>
    <message>
        <source>Follow-up for &quot;%1&quot; (%2): pay not settled</source>
        <translation>回访“%1”（%2）：工资未结清</translation>
    </message>
    <message>
        <source>Only a recommendation not yet followed by an interview or an outcome can be withdrawn.</source>
        <translation>只有尚未面试、尚未登记结果的推荐才能撤回。</translation>
    </message>
    <message>
        <source>Recommendation for &quot;%1&quot; withdrawn</source>
        <translation>撤回“%1”的推荐</translation>
    </message>
    <message>
        <source>same city (the job is in %1, the person wants %2)</source>
        <translation>同城（岗位在%1，本人想去%2）</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between places</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>pay far below expectation (%1 &lt; %2 yuan/day)</source>
        <translation>薪资远低于期望（日薪%1 &lt; %2元）</translation>
    </message>
    <message>
        <source>first-choice trade (%1)</source>
        <translation>首选工种（%1）</translation>
    </message>
    <message>
        <source>the posting says &quot;%1&quot;, the person is %2: ask the employer first</source>
        <translation>岗位写明“%1”，本人%2岁：推荐前先问用人单位</translation>
    </message>
    <message>
        <source>corrected to %1: %2</source>
        <translation>已更正为%1：%2</translation>
    </message>
    <message>
        <source>recommendation withdrawn</source>
        <translation>推荐已撤回</translation>
    </message>
    <message>
        <source>%1 (employer: %2)</source>
        <translation>%1（用工单位：%2）</translation>
    </message>
</context>
<context>
    <name>lingong::Modes</name>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>lingong::OptionParser</name>
    <message>
        <source>Lingong Hall: the integrated terminal of a Guangxi gig-labour market hall.</source>
        <translation>零工市场一体化终端：广西零工市场的综合服务终端。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>显示本帮助并退出。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>显示版本并退出。</translation>
    </message>
    <message>
        <source>Mode: kiosk, staff, display or hub (default kiosk).</source>
        <translation>运行模式：kiosk（自助查询机）、staff（服务窗口）、display（大屏）或 hub（同步服务），默认 kiosk。</translation>
    </message>
    <message>
        <source>SQLite database file (default: per-user data folder).</source>
        <translation>SQLite 数据库文件（默认：用户数据文件夹）。</translation>
    </message>
    <message>
        <source>User interface language: zh_CN (default) or en.</source>
        <translation>界面语言：zh_CN（默认）或 en。</translation>
    </message>
    <message>
        <source>Run kiosk and display in a window, not full-screen.</source>
        <translation>自助查询机和大屏以窗口方式运行，不全屏。</translation>
    </message>
    <message>
        <source>Configuration file (JSON).</source>
        <translation>配置文件（JSON）。</translation>
    </message>
    <message>
        <source>Render every main screen to PNG files in DIR and exit.</source>
        <translation>把每个主要界面截图保存为 DIR 中的 PNG 文件后退出。</translation>
    </message>
    <message>
        <source>Window or screenshot size, e.g. 1920x1080 or 1080x1920.</source>
        <translation>窗口或截图尺寸，例如 1920x1080 或 1080x1920。</translation>
    </message>
    <message>
        <source>Hub: address and port to listen on (default 127.0.0.1:8470).</source>
        <translation>同步服务：监听地址和端口（默认 127.0.0.1:8470）。</translation>
    </message>
    <message>
        <source>Unknown mode &apos;%1&apos;: use kiosk, staff, display or hub.</source>
        <translation>未知的运行模式“%1”：请使用 kiosk、staff、display 或 hub。</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;: use zh_CN or en.</source>
        <translation>未知的语言“%1”：请使用 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>--seed-demo needs a count between 0 and 10000000.</source>
        <translation>--seed-demo 需要 0 到 10000000 之间的数量。</translation>
    </message>
    <message>
        <source>--size must look like 1920x1080.</source>
        <translation>--size 的格式应为 1920x1080。</translation>
    </message>
    <message>
        <source>Create or top up the demo data with N jobs (default %1), then continue. Hub: top up the hub&apos;s change log to N demo jobs, with their employers.</source>
        <translation>创建或补足含 N 个岗位的演示数据（默认 %1），然后继续运行。枢纽模式：把枢纽变更日志中的演示岗位补足到 N 个，连同其用工单位。</translation>
    </message>
    <message>
        <source>Hub (required): token file, one &apos;token scope device_id&apos; per line, scope public or staff.</source>
        <translation>枢纽（必填）：令牌文件，每行一条“令牌 范围 设备编号”，范围为 public 或 staff。</translation>
    </message>
    <message>
        <source>Sync the store with the platform named in the configuration once, then exit (exit code 0 when everything went through).</source>
        <translation>与配置中指定的平台同步一次后退出（全部同步成功时退出码为 0）。</translation>
    </message>
    <message>
        <source>Hub: serve https with this PEM certificate.</source>
        <translation>枢纽：使用此 PEM 证书提供 https 服务。</translation>
    </message>
    <message>
        <source>Hub: the PEM private key of --tls-cert.</source>
        <translation>枢纽：--tls-cert 证书对应的 PEM 私钥。</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together.</source>
        <translation>--tls-cert 和 --tls-key 必须同时给出。</translation>
    </message>
</context>
<context>
    <name>lingong::Playlist</name>
    <message>
        <source>Setting %1.%2 ignored (%3); the default is used.</source>
        <translation>已忽略设置 %1.%2（%3），使用默认值。</translation>
    </message>
    <message>
        <source>Page %1 left out (expected an object such as {&quot;page&quot;: &quot;jobs&quot;, &quot;seconds&quot;: 20}).</source>
        <translation>已跳过页面 %1（应为对象，例如 {&quot;page&quot;: &quot;jobs&quot;, &quot;seconds&quot;: 20}）。</translation>
    </message>
    <message>
        <source>Page %1 left out: it names no &quot;page&quot; (use one of: %2).</source>
        <translation>已跳过页面 %1：未写明 &quot;page&quot;（可用：%2）。</translation>
    </message>
    <message>
        <source>Page %1 left out: unknown page &quot;%2&quot; (use one of: %3).</source>
        <translation>已跳过页面 %1：未知页面 &quot;%2&quot;（可用：%3）。</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>应在 %1 到 %2 之间</translation>
    </message>
    <message>
        <source>a time window needs both &quot;from&quot; and &quot;to&quot;; the page plays all day</source>
        <translation>时段需要同时写明 &quot;from&quot; 和 &quot;to&quot;，该页面全天播放</translation>
    </message>
    <message>
        <source>expected a time such as &quot;06:30&quot;; the page plays all day</source>
        <translation>时间格式应如 &quot;06:30&quot;，该页面全天播放</translation>
    </message>
    <message>
        <source>the window is empty: from equals to; the page plays all day</source>
        <translation>时段为空（from 与 to 相同），该页面全天播放</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <source>only a page with a time window can be exclusive</source>
        <translation>只有设置了时段的页面才能设为独占</translation>
    </message>
    <message>
        <source>Setting %1.%2 ignored (unknown setting; use %3).</source>
        <translation>已忽略设置 %1.%2（未知设置，可用：%3）。</translation>
    </message>
    <message>
        <source>The display playlist has no usable page; the built-in loop is used.</source>
        <translation>大屏播放列表中没有可用页面，使用内置轮播。</translation>
    </message>
</context>
<context>
    <name>lingong::Reader</name>
    <message>
        <source>expected a list of dates such as &quot;2027-10-01&quot;</source>
        <translation>应为日期列表，例如 &quot;2027-10-01&quot;</translation>
    </message>
    <message>
        <source>Setting %1.%2: &quot;%3&quot; left out (expected a date such as &quot;2027-10-01&quot; or a span such as &quot;2027-10-01/2027-10-07&quot;).</source>
        <translation>设置 %1.%2：已略去“%3”（应为日期如 &quot;2027-10-01&quot;，或日期段如 &quot;2027-10-01/2027-10-07&quot;）。</translation>
    </message>
    <message>
        <source>Setting %1.%2: %3 left out (it is not a Saturday or Sunday).</source>
        <translation>设置 %1.%2：已略去 %3（这一天不是周六或周日）。</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>应为文字</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>必须在 %1 到 %2 之间</translation>
    </message>
    <message>
        <source>expected an http:// or https:// address</source>
        <translation>应为 http:// 或 https:// 地址</translation>
    </message>
    <message>
        <source>Setting %1.%2 ignored (%3); the default is used.</source>
        <translation>已忽略设置 %1.%2（%3），使用默认值。</translation>
    </message>
</context>
<context>
    <name>lingong::ReferenceLists</name>
    <message>
        <source>it is not valid JSON (%1 on line %2)</source>
        <translation>不是有效的 JSON（第 %2 行：%1）</translation>
    </message>
    <message>
        <source>%1: a pattern is not text</source>
        <translation>%1：有一条匹配模式不是文字</translation>
    </message>
    <message>
        <source>%1: the pattern &quot;%2&quot; is not a valid regular expression (%3)</source>
        <translation>%1：匹配模式“%2”不是有效的正则表达式（%3）</translation>
    </message>
    <message>
        <source>%1: the pattern &quot;%2&quot; matches empty text, and so would match anywhere</source>
        <translation>%1：匹配模式“%2”能匹配空文本，会在任何地方命中</translation>
    </message>
    <message>
        <source>Trade list %1 cannot be read (%2).</source>
        <translation>无法读取工种表 %1（%2）。</translation>
    </message>
    <message>
        <source>Discrimination rules %1 cannot be read (%2).</source>
        <translation>无法读取歧视性内容规则 %1（%2）。</translation>
    </message>
    <message>
        <source>The discrimination rules %1 are not used until they are corrected; the shipped rules apply meanwhile.</source>
        <translation>歧视性内容规则 %1 改正之前不予使用，期间沿用程序自带的规则。</translation>
    </message>
    <message>
        <source>expected an object ({…})</source>
        <translation>应为对象（{…}）</translation>
    </message>
    <message>
        <source>Trade list %1: %2.</source>
        <translation>工种表 %1：%2。</translation>
    </message>
    <message>
        <source>it lists no industries (expected &quot;industries&quot;: [{&quot;name&quot;: …}, …])</source>
        <translation>没有列出行业（应有 &quot;industries&quot;: [{&quot;name&quot;: …}, …]）</translation>
    </message>
    <message>
        <source>it lists no trades (expected &quot;occupations&quot;: [{&quot;name&quot;: …, &quot;industry&quot;: …}, …])</source>
        <translation>没有列出工种（应有 &quot;occupations&quot;: [{&quot;name&quot;: …, &quot;industry&quot;: …}, …]）</translation>
    </message>
    <message>
        <source>industry %1 has no name</source>
        <translation>第 %1 个行业没有名称</translation>
    </message>
    <message>
        <source>the industry %1 is listed twice</source>
        <translation>行业“%1”重复列出</translation>
    </message>
    <message>
        <source>trade %1 has no name</source>
        <translation>第 %1 个工种没有名称</translation>
    </message>
    <message>
        <source>the trade %1 is listed twice</source>
        <translation>工种“%1”重复列出</translation>
    </message>
    <message>
        <source>the trade %1 names the industry &quot;%2&quot;, which is not among its industries</source>
        <translation>工种“%1”所属行业“%2”不在行业列表中</translation>
    </message>
    <message>
        <source>the trade %1 has the pay unit &quot;%2&quot;; use one of: %3</source>
        <translation>工种“%1”的计薪单位“%2”不可用，可用：%3</translation>
    </message>
    <message>
        <source>the trade %1 is of the kind &quot;%2&quot;; use one of: %3</source>
        <translation>工种“%1”的类别“%2”不可用，可用：%3</translation>
    </message>
    <message>
        <source>Discrimination rules %1: %2.</source>
        <translation>歧视性内容规则 %1：%2。</translation>
    </message>
    <message>
        <source>&quot;neutral&quot; must be a list of patterns</source>
        <translation>&quot;neutral&quot; 应为匹配模式列表</translation>
    </message>
    <message>
        <source>the neutral phrases</source>
        <translation>中性用语</translation>
    </message>
    <message>
        <source>it lists no rules (expected &quot;rules&quot;: [{&quot;category&quot;: …, &quot;patterns&quot;: […]}, …])</source>
        <translation>没有列出规则（应有 &quot;rules&quot;: [{&quot;category&quot;: …, &quot;patterns&quot;: […]}, …]）</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>第 %1 条规则</translation>
    </message>
    <message>
        <source>the rule %1</source>
        <translation>规则“%1”</translation>
    </message>
    <message>
        <source>rule %1 has no category</source>
        <translation>第 %1 条规则没有类别（category）</translation>
    </message>
    <message>
        <source>%1 has no patterns</source>
        <translation>%1没有匹配模式（patterns）</translation>
    </message>
    <message>
        <source>The trade list %1 is not used until it is corrected; the trades stay as they were.</source>
        <translation>工种表 %1 改正之前不予使用，工种保持原样。</translation>
    </message>
</context>
<context>
    <name>lingong::RequestChecklist</name>
    <message>
        <source>The course or trade you want, and the days and times you can attend</source>
        <translation>想参加的课程或想学的工种，以及方便上课的时间</translation>
    </message>
    <message>
        <source>If you have opened already: your business licence and the lease of the premises</source>
        <translation>已开业的：营业执照和经营场所租赁合同</translation>
    </message>
    <message>
        <source>Training courses</source>
        <translation>培训报名</translation>
    </message>
    <message>
        <source>Your school certificate, or the highest schooling you had</source>
        <translation>学历证书（没有的话，说明最高读到几年级）</translation>
    </message>
    <message>
        <source>Your employment and entrepreneurship card (就业创业证) or proof of unemployment registration, for the training subsidy</source>
        <translation>《就业创业证》或失业登记证明（申请培训补贴用）</translation>
    </message>
    <message>
        <source>Starting a business</source>
        <translation>创业咨询</translation>
    </message>
    <message>
        <source>Your household register or residence permit</source>
        <translation>户口簿或居住证</translation>
    </message>
    <message>
        <source>What the business will do, what it needs to start and what you have yourself</source>
        <translation>想做什么生意、起步需要多少钱、自己已有多少</translation>
    </message>
    <message>
        <source>How much of a guaranteed start-up loan (创业担保贷款) you would ask for, if any</source>
        <translation>如想申请创业担保贷款，打算贷多少</translation>
    </message>
    <message>
        <source>Unpaid wages</source>
        <translation>拖欠工资</translation>
    </message>
    <message>
        <source>Your ID card</source>
        <translation>本人身份证</translation>
    </message>
    <message>
        <source>The employer&apos;s name, and where you worked</source>
        <translation>用工单位名称和干活的地点</translation>
    </message>
    <message>
        <source>Proof that you worked there: a contract, work card, attendance record, chat messages or photos</source>
        <translation>在那里干过活的凭证：合同、工作证、考勤记录、聊天记录或照片</translation>
    </message>
    <message>
        <source>The pay agreed, the days worked and what was paid so far (transfer records or pay slips)</source>
        <translation>讲好的工钱、干了多少天、已经拿到多少（转账记录或工资条）</translation>
    </message>
    <message>
        <source>Workmates who can confirm it, with their phone numbers, if there are any</source>
        <translation>能作证的工友和他们的电话（有的话）</translation>
    </message>
    <message>
        <source>False job information</source>
        <translation>招聘信息不实</translation>
    </message>
    <message>
        <source>The job advert as you saw it (a photo or screenshot), or where you saw it</source>
        <translation>您看到的招聘信息（照片或截图），或在哪里看到的</translation>
    </message>
    <message>
        <source>The employer&apos;s or agent&apos;s name and phone number</source>
        <translation>用工单位或中介的名称和电话</translation>
    </message>
    <message>
        <source>What was different from the advert: pay, work, place or hours</source>
        <translation>和招聘信息不一样的地方：工钱、活儿、地点或时间</translation>
    </message>
    <message>
        <source>Agency charging fees</source>
        <translation>中介乱收费</translation>
    </message>
    <message>
        <source>The agency&apos;s name and address</source>
        <translation>中介的名称和地址</translation>
    </message>
    <message>
        <source>Receipts, transfer records or chat messages showing what you paid</source>
        <translation>交钱的收据、转账记录或聊天记录</translation>
    </message>
    <message>
        <source>What the agency promised you</source>
        <translation>中介当初答应您的事</translation>
    </message>
    <message>
        <source>Injury or accident at work</source>
        <translation>工伤或意外</translation>
    </message>
    <message>
        <source>Hospital records and receipts</source>
        <translation>看病的病历和收费票据</translation>
    </message>
    <message>
        <source>When and how it happened, and who saw it</source>
        <translation>什么时候、怎么发生的，有谁看见</translation>
    </message>
    <message>
        <source>Whether the employer took out occupational-injury cover for you, if you know</source>
        <translation>用工单位有没有给您买职业伤害保障（知道的话）</translation>
    </message>
    <message>
        <source>Discrimination</source>
        <translation>就业歧视</translation>
    </message>
    <message>
        <source>The advert or words that turned you away (a photo, screenshot or chat messages)</source>
        <translation>拒绝您的招聘信息或说法（照片、截图或聊天记录）</translation>
    </message>
    <message>
        <source>The employer&apos;s name and phone number</source>
        <translation>用工单位的名称和电话</translation>
    </message>
    <message>
        <source>When and where it happened</source>
        <translation>什么时候、在哪里发生的</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>其他问题</translation>
    </message>
    <message>
        <source>Any papers or messages about the matter</source>
        <translation>和这件事有关的材料或聊天记录</translation>
    </message>
</context>
<context>
    <name>lingong::ScrollBackHint</name>
    <message>
        <source>More above: tap here to go back up</source>
        <translation>上面还有内容，点这里往回看</translation>
    </message>
</context>
<context>
    <name>lingong::ScrollMoreHint</name>
    <message>
        <source>More below: tap here to read on</source>
        <translation>下面还有内容，点这里往下看</translation>
    </message>
</context>
<context>
    <name>lingong::SeekerService</name>
    <message>
        <source>This record was merged into another record of the same person at another window. Open the person again to change it there.</source>
        <translation>此记录已在另一个窗口并入同一人的另一条记录。请重新打开此人，在合并后的记录上修改。</translation>
    </message>
    <message>
        <source>This person has one record only: there is nothing to merge.</source>
        <translation>此人只有一条登记记录，无需合并。</translation>
    </message>
    <message>
        <source>Name is too long (30 characters at most).</source>
        <translation>姓名太长（最多 30 个字）。</translation>
    </message>
    <message>
        <source>When you can start work is not a known choice.</source>
        <translation>到岗时间不是可选的项目。</translation>
    </message>
    <message>
        <source>Expected pay must be between 0 and 100000 yuan.</source>
        <translation>期望薪酬必须在 0 到 100000 元之间。</translation>
    </message>
    <message>
        <source>Difficulty situation is not a known choice.</source>
        <translation>困难情况不是可选的项目。</translation>
    </message>
    <message>
        <source>Nothing was saved: the person has not agreed to the use of their information.</source>
        <translation>未保存任何信息：本人尚未同意使用其个人信息。</translation>
    </message>
    <message>
        <source>Job seeker registered at the self-service kiosk</source>
        <translation>求职人员在自助查询机登记</translation>
    </message>
    <message>
        <source>Job seeker registered at the window</source>
        <translation>求职人员在服务窗口登记</translation>
    </message>
    <message>
        <source>This job seeker no longer exists.</source>
        <translation>该求职人员已不存在。</translation>
    </message>
    <message>
        <source>ID number: another registered person already has this number.</source>
        <translation>身份证号码：已有其他登记人员使用此号码。</translation>
    </message>
</context>
<context>
    <name>lingong::SlipPrinter</name>
    <message>
        <source>Opening hours: %1</source>
        <translation>服务时间：%1</translation>
    </message>
    <message>
        <source>Service hotline: %1</source>
        <translation>服务热线：%1</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>打印时间：%1</translation>
    </message>
    <message>
        <source>Printed %1 by %2</source>
        <translation>经办：%2，%1</translation>
    </message>
    <message>
        <source>No printer is set up on this computer.</source>
        <translation>这台电脑没有设置打印机。</translation>
    </message>
    <message>
        <source>The printer %1 is not found on this computer.</source>
        <translation>这台电脑上找不到打印机 %1。</translation>
    </message>
    <message>
        <source>The printer %1 did not take the slip.</source>
        <translation>打印机 %1 没有接收打印任务。</translation>
    </message>
    <message>
        <source>The folder for printed slips, %1, cannot be made.</source>
        <translation>无法创建打印件文件夹 %1。</translation>
    </message>
    <message>
        <source>The slip could not be saved in %1.</source>
        <translation>打印件无法保存到 %1。</translation>
    </message>
    <message>
        <source>The slip could not be saved as %1.</source>
        <translation>无法保存为 %1。</translation>
    </message>
    <message>
        <source>Choose where to save it as a PDF instead, to print elsewhere or send on, or cancel.</source>
        <translation>可选择位置改存为PDF文件，到别处打印或发送给对方；也可取消。</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>存为PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as a PDF: %1</source>
        <translation>已存为PDF文件：%1</translation>
    </message>
    <message>
        <source>The sheet cannot be saved as %1: that file belongs to this window&apos;s store of records. Choose another name.</source>
        <translation>不能保存为 %1：这是本窗口存放业务记录的文件。请换一个文件名。</translation>
    </message>
</context>
<context>
    <name>lingong::StaffAccountsPage</name>
    <message>
        <source>for &quot;%1&quot;</source>
        <translation>岗位：“%1”</translation>
    </message>
    <message>
        <source>Accounts and audit log</source>
        <translation>账户与操作日志</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>First password</source>
        <translation>初始密码</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>新建账户</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>Selected:</source>
        <translation>所选账户：</translation>
    </message>
    <message>
        <source>Disable / enable selected</source>
        <translation>停用/启用所选账户</translation>
    </message>
    <message>
        <source>My password</source>
        <translation>我的密码</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <source>Audit log (newest first)</source>
        <translation>操作日志（最新在前）</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Account %1 created. Give the first password in person.</source>
        <translation>账户%1已建立，请当面告知初始密码。</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
    <message>
        <source>New password for the account selected</source>
        <translation>所选账户的新密码</translation>
    </message>
    <message>
        <source>Selected (%1):</source>
        <translation>所选账户（%1）：</translation>
    </message>
    <message>
        <source>Choose the account in the list first, then set its password.</source>
        <translation>请先在左侧列表中选中账户，再设置它的密码。</translation>
    </message>
    <message>
        <source>Password set for %1.</source>
        <translation>已为 %1 设置新密码。</translation>
    </message>
    <message>
        <source>Choose the account in the list first.</source>
        <translation>请先在左侧列表中选中账户。</translation>
    </message>
    <message>
        <source>Account %1 disabled.</source>
        <translation>账户 %1 已停用。</translation>
    </message>
    <message>
        <source>Account %1 enabled.</source>
        <translation>账户 %1 已启用。</translation>
    </message>
</context>
<context>
    <name>lingong::StaffComplaintsPage</name>
    <message>
        <source>Print this list for the person</source>
        <translation>打印一次性告知单</translation>
    </message>
    <message>
        <source>The list is not printed: %1 Ask the administrator to set up the printer (printing in the configuration).</source>
        <translation>告知单未打印：%1请管理员设置打印机（配置文件中的 printing）。</translation>
    </message>
    <message>
        <source>The list is sent to the printer %1.</source>
        <translation>告知单已发送到打印机 %1。</translation>
    </message>
    <message>
        <source>The list is saved: %1</source>
        <translation>告知单已保存：%1</translation>
    </message>
    <message>
        <source>Tell the person in one go what to have ready</source>
        <translation>一次性告知需备齐的材料</translation>
    </message>
    <message>
        <source>an employer on record, or leave empty</source>
        <translation>已登记的用工单位，可留空</translation>
    </message>
    <message>
        <source>About employer</source>
        <translation>涉及用工单位</translation>
    </message>
    <message>
        <source>About employer: %1</source>
        <translation>涉及用工单位：%1</translation>
    </message>
    <message>
        <source>(not registered here)</source>
        <translation>（本窗口未登记）</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <source>No phone number: it was removed with the person&apos;s data at their request.</source>
        <translation>无电话号码：已应本人要求随其个人信息一并删除。</translation>
    </message>
    <message>
        <source>Complaints and requests</source>
        <translation>投诉求助</translation>
    </message>
    <message>
        <source>First contact owns it; answer within the deadline; tell the person everything needed in one go.</source>
        <translation>首问负责、限时办结、一次性告知。</translation>
    </message>
    <message>
        <source>Show closed</source>
        <translation>显示已办结</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>About</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>duty window</source>
        <translation>值班窗口</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>办理</translation>
    </message>
    <message>
        <source>I take this over</source>
        <translation>由我负责</translation>
    </message>
    <message>
        <source>how it was resolved (required to close)</source>
        <translation>办理结果（办结时必填）</translation>
    </message>
    <message>
        <source>Close with this note</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Record a complaint or request</source>
        <translation>登记投诉求助</translation>
    </message>
    <message>
        <source>e.g. unpaid wages, false job advert</source>
        <translation>如：拖欠工资、虚假招聘</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>具体情况</translation>
    </message>
    <message>
        <source>Record (I own it)</source>
        <translation>登记（由我负责）</translation>
    </message>
    <message>
        <source>Choose a complaint or request in the list.</source>
        <translation>请在列表中选择一条投诉求助。</translation>
    </message>
    <message>
        <source>%1: %2. Received %3, due %4.</source>
        <translation>%1：%2。%3受理，%4前办结。</translation>
    </message>
    <message>
        <source>Closed %1: %2</source>
        <translation>%1办结：%2</translation>
    </message>
    <message>
        <source>Overdue: answer today.</source>
        <translation>已超期，请今天答复。</translation>
    </message>
    <message>
        <source>You own it now.</source>
        <translation>已由您负责。</translation>
    </message>
    <message>
        <source>Closed; the resolution is recorded.</source>
        <translation>已办结，办理结果已记录。</translation>
    </message>
    <message>
        <source>Recorded; you own it.</source>
        <translation>已登记，由您负责。</translation>
    </message>
    <message>
        <source>Show the number to call back</source>
        <translation>显示号码以便回电</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <source>A complaint is being taken down here: record or clear it first, then record the unpaid wages.</source>
        <translation>这里正在登记另一件投诉或诉求：请先登记或清空，再登记拖欠工资。</translation>
    </message>
    <message>
        <source>This placement is no longer on record.</source>
        <translation>这条到岗记录已不存在。</translation>
    </message>
    <message>
        <source>Placed by the hall at &quot;%1&quot; (%2), started %3; the pay is not settled.</source>
        <translation>经本市场推荐到“%1”（%2）务工，%3到岗，工资未结清。</translation>
    </message>
    <message>
        <source>Filled in from the placement: check it with the person, add what they say, then record it.</source>
        <translation>已按到岗记录填好：请与本人核对，补充情况后登记。</translation>
    </message>
    <message numerus="yes">
        <source>Placements not paid (%n)…</source>
        <translation>
            <numerusform>工资未结清（%n人）…</numerusform>
        </translation>
    </message>
    <message>
        <source>Placements whose pay is not settled</source>
        <translation>到岗后工资未结清的人员</translation>
    </message>
    <message>
        <source>Hires that the person or the employer said were not paid, at every employer, newest first. Call the person; if they want the hall to act, choose the placement and record the complaint.</source>
        <translation>回访时本人或用工单位说工资未结清的到岗记录（所有用工单位，最近回访的在前）。请联系本人；本人希望市场出面处理的，选中该记录后登记欠薪投诉。</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>用工单位</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>到岗时间</translation>
    </message>
    <message>
        <source>Not paid, said on</source>
        <translation>回访未结清时间</translation>
    </message>
    <message>
        <source>Record the complaint…</source>
        <translation>登记欠薪投诉…</translation>
    </message>
    <message>
        <source>%4, placed by the hall at &quot;%1&quot; (%2), started %3; the pay is not settled.</source>
        <translation>%4经本市场推荐到“%1”（%2）务工，%3到岗，工资未结清。</translation>
    </message>
    <message>
        <source>complaint open, due %1</source>
        <translation>投诉办理中，期限 %1</translation>
    </message>
    <message>
        <source>complaint closed %1</source>
        <translation>投诉已于 %1 办结</translation>
    </message>
    <message>
        <source>A complaint about these wages is open already (received %1, due %2): it is chosen in the list.</source>
        <translation>这笔工资的投诉已在办理中（%1 受理，期限 %2），已在列表中选中。</translation>
    </message>
    <message>
        <source>An earlier complaint about these wages was closed %1: %2</source>
        <translation>这笔工资此前的投诉已于 %1 办结：%2</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Show the complaint</source>
        <translation>查看投诉</translation>
    </message>
    <message>
        <source>Not about it</source>
        <translation>不关联</translation>
    </message>
    <message>
        <source>About the wages of a placement made by the hall.</source>
        <translation>涉及本市场推荐到岗人员的工资。</translation>
    </message>
    <message>
        <source>The form is no longer linked to the placement: press Record again to record the complaint without it.</source>
        <translation>表单已取消关联到岗记录：再按一次“登记”，不关联到岗记录登记这条投诉。</translation>
    </message>
    <message>
        <source>Placement: %1, started %2</source>
        <translation>到岗记录：%1，%2到岗</translation>
    </message>
</context>
<context>
    <name>lingong::StaffContentPage</name>
    <message>
        <source>Also: %1</source>
        <translation>另外：%1</translation>
    </message>
    <message>
        <source>%1 (ended)</source>
        <translation>%1（已结束）</translation>
    </message>
    <message>
        <source>e.g. Window 1</source>
        <translation>例如：一号服务窗口</translation>
    </message>
    <message>
        <source>Whom to ask</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>An urgent notice needs an end: until then it takes over the wall screen and stands on every kiosk screen. A date alone runs through that day; add a time (HH:MM) for part of a day.</source>
        <translation>紧急通知必须填写截止时间：在此之前，它会占满大屏，并显示在自助机的每个页面上。只填日期表示当天全天有效；只需部分时段请加上时间（时:分）。</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <source>Press New again to clear what was typed.</source>
        <translation>再按一次“新增信息”即清空已填写的内容。</translation>
    </message>
    <message>
        <source>Your changes not yet saved are back. The item was changed elsewhere meanwhile: check it before saving.</source>
        <translation>尚未保存的修改已恢复。此条信息在此期间已在别处修改，保存前请核对。</translation>
    </message>
    <message>
        <source>Your changes not yet saved are back.</source>
        <translation>尚未保存的修改已恢复。</translation>
    </message>
    <message>
        <source>Press again to remove</source>
        <translation>再按一次删除</translation>
    </message>
    <message>
        <source>Kiosks and the wall stop showing &quot;%1&quot;. Press again to remove it.</source>
        <translation>删除后自助查询机和大屏将不再展示“%1”。再按一次即删除。</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date format</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>Fill in this hall&apos;s figures</source>
        <translation>填入本市场数据</translation>
    </message>
    <message>
        <source>Kind of market</source>
        <translation>市场性质</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>开放时间</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Main trades</source>
        <translation>主要招聘工种</translation>
    </message>
    <message>
        <source>Job seekers</source>
        <translation>求职人员规模</translation>
    </message>
    <message>
        <source>Placements a day</source>
        <translation>日均招聘成功</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>Filled in from this hall&apos;s records from %1 to %2: check them, then save.</source>
        <translation>已按本市场%1至%2的记录填入，请核对后保存。</translation>
    </message>
    <message>
        <source>Content for kiosks and the wall</source>
        <translation>自助机和大屏信息发布</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>New item (Ctrl+N)</source>
        <translation>新增信息 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Shown until</source>
        <translation>展示截止</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>培训机构</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开班日期</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Shown from</source>
        <translation>展示日期</translation>
    </message>
    <message>
        <source>Leave the dates empty to show it until it is removed.</source>
        <translation>日期留空表示一直展示，直到删除。</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>新增信息</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>已保存，%1</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>已删除。</translation>
    </message>
    <message>
        <source>What was typed for this new item is not saved. Press Discard changes again to clear the form.</source>
        <translation>这条新内容填写的还没有保存。再按一次“放弃修改”才会清空表单。</translation>
    </message>
    <message>
        <source>The changes typed here are not saved. Press Discard changes again to throw them away and show the item as stored.</source>
        <translation>这里的修改还没有保存。再按一次“放弃修改”才会丢弃修改，显示已保存的内容。</translation>
    </message>
    <message>
        <source>Changes discarded: the form is empty again.</source>
        <translation>已放弃修改：表单已清空。</translation>
    </message>
    <message>
        <source>Changes discarded: the item is shown as stored.</source>
        <translation>已放弃修改：显示的是已保存的内容。</translation>
    </message>
    <message>
        <source>Saved, but its end (%1) has passed: the kiosks and the wall screen do not show it. Correct the date after &quot;to&quot; in Shown from if it should be shown.</source>
        <translation>已保存，但展示截止时间（%1）已过，自助机和大屏不会展示。如需展示，请改正“展示日期”中“至”后面的日期。</translation>
    </message>
    <message>
        <source>This notice has no end: the wall screen and the kiosks show it until it is removed, even after a date it names. Type when it ends after &quot;to&quot; in Shown from, or press Save again to show it until it is removed.</source>
        <translation>这条通知没有截止时间：大屏和自助机会一直展示，直到删除，即使通知里说的日期已经过去。请在“展示日期”的“至”后面填写截止时间；确实要一直展示，请再按一次保存。</translation>
    </message>
</context>
<context>
    <name>lingong::StaffContext</name>
    <message>
        <source>kiosks and the wall show it after their next refresh.</source>
        <translation>自助机和大屏刷新后即可看到。</translation>
    </message>
    <message>
        <source>it goes to the platform with the next sync, then kiosks and the wall show it after theirs.</source>
        <translation>下次同步时送往省平台，自助机和大屏随后同步即可看到。</translation>
    </message>
    <message>
        <source>this window is offline, so kiosks and the wall show it only once it has been sent (see Sync).</source>
        <translation>本窗口现处于离线状态，发送出去后自助机和大屏才能看到（见“同步”页）。</translation>
    </message>
</context>
<context>
    <name>lingong::StaffDesk</name>
    <message>
        <source>Please enter the person&apos;s name.</source>
        <translation>请填写本人姓名。</translation>
    </message>
    <message>
        <source>Say why the data is deleted (for example: the person asked at the window).</source>
        <translation>请填写删除原因（例如：本人在窗口要求删除）。</translation>
    </message>
    <message>
        <source>This job seeker no longer exists.</source>
        <translation>该求职者已不存在。</translation>
    </message>
    <message>
        <source>Please write down why the entry is struck out.</source>
        <translation>请写明划去这条记录的原因。</translation>
    </message>
    <message>
        <source>This entry is no longer listed.</source>
        <translation>这条记录已不在列表中。</translation>
    </message>
    <message>
        <source>Only an entry added by hand can be struck out. Correct the action itself instead: its correction is written down too.</source>
        <translation>只有手工登记的条目可以划去。请更正业务本身：更正也会记入台账。</translation>
    </message>
    <message>
        <source>This entry is struck out already.</source>
        <translation>这条记录已经划去。</translation>
    </message>
    <message>
        <source>Only the clerk who added the entry, or an administrator, can strike it out.</source>
        <translation>只有登记这条记录的工作人员或管理员可以划去。</translation>
    </message>
    <message>
        <source>Please leave names out of the ledger: &quot;%1&quot; is the name of a registered job seeker. Write what the matter was about, not who it was.</source>
        <translation>台账中请不要写姓名：“%1”是已登记求职者的姓名。请写明事项内容，不写当事人。</translation>
    </message>
    <message>
        <source>Please write in a few words what the matter is about.</source>
        <translation>请简要写明要反映的事项。</translation>
    </message>
    <message>
        <source>This request is already closed.</source>
        <translation>此事项已经办结。</translation>
    </message>
    <message>
        <source>Request closed: %1</source>
        <translation>投诉求助办结：%1</translation>
    </message>
    <message>
        <source>Kind of entry is not a known choice.</source>
        <translation>台账类别不在可选范围内。</translation>
    </message>
    <message>
        <source>Please write down what the consultation or enquiry was about.</source>
        <translation>请写明咨询或问询的内容。</translation>
    </message>
    <message>
        <source>Summary is too long (200 characters at most).</source>
        <translation>内容太长（最多200个字）。</translation>
    </message>
    <message>
        <source>Please leave phone and ID numbers out of the ledger: write what the matter was about, not who it was.</source>
        <translation>台账里请不要写电话号码和身份证号：只写办的是什么事，不写是谁。</translation>
    </message>
    <message>
        <source>(name deleted)</source>
        <translation>（姓名已删除）</translation>
    </message>
    <message>
        <source>(ID number deleted)</source>
        <translation>（身份证号已删除）</translation>
    </message>
    <message>
        <source>(phone deleted)</source>
        <translation>（电话已删除）</translation>
    </message>
</context>
<context>
    <name>lingong::StaffEmployersPage</name>
    <message numerus="yes">
        <source>Complaints recorded about it: %n</source>
        <translation>
            <numerusform>关于该单位的投诉：%n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still open</source>
        <translation>
            <numerusform>其中 %n 件未办结</numerusform>
        </translation>
    </message>
    <message>
        <source>No complaint recorded about it.</source>
        <translation>尚无关于该单位的投诉记录。</translation>
    </message>
    <message>
        <source>This employer was changed elsewhere; it is shown as it now stands.</source>
        <translation>该用工单位已在别处被修改，现显示最新内容。</translation>
    </message>
    <message>
        <source>Your unsaved changes are back. This employer was changed elsewhere in the meantime: saving keeps that change wherever you have not typed.</source>
        <translation>未保存的修改已恢复。此间该用工单位在别处被修改过：保存时，您没有改动的栏目保留别处的修改。</translation>
    </message>
    <message numerus="yes">
        <source>Marked as not passed. Its %n published posting(s) went back to the review queue, no longer shown to job seekers; all its postings wait there with the reason beside them.</source>
        <translation>
            <numerusform>已标记为核验不通过。它已发布的 %n 个岗位已退回岗位审核，不再向求职者展示；它的岗位都在审核中等待，并附有原因。</numerusform>
        </translation>
    </message>
    <message>
        <source>Verification not passed</source>
        <translation>核验未通过</translation>
    </message>
    <message>
        <source>Verification not passed on %1</source>
        <translation>%1核验未通过</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1. Its postings wait in the review queue; verify it once the papers are right.</source>
        <translation>%1。其岗位在审核队列中等待；材料补正后再核验。</translation>
    </message>
    <message>
        <source>This new employer is not saved. Save it, or press New employer again to clear the form.</source>
        <translation>这个新用工单位还没有保存。请保存，或再按一次“登记用工单位”清空表单。</translation>
    </message>
    <message>
        <source>Your unsaved changes are back. Save them when ready.</source>
        <translation>您未保存的修改已恢复，确认后请保存。</translation>
    </message>
    <message>
        <source>the new employer</source>
        <translation>新用工单位</translation>
    </message>
    <message>
        <source>an employer without a name</source>
        <translation>一个未填名称的用工单位</translation>
    </message>
    <message>
        <source>Unsaved changes are kept for %1: open the employer again, or press New employer for a new one, to go back to them.</source>
        <translation>%1的未保存修改已留存：重新打开该单位，或按“登记用工单位”回到新单位，即可继续填写。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Undo the verification result</source>
        <translation>撤销核验结果</translation>
    </message>
    <message>
        <source>why, e.g. another name on the licence (required)</source>
        <translation>未通过原因，如营业执照上的名称不一致（必填）</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>核验不通过</translation>
    </message>
    <message>
        <source>Marked as not passed. Its postings keep waiting in the review queue, with the reason beside them.</source>
        <translation>已记为核验未通过。其岗位继续在审核队列中等待，旁边注明原因。</translation>
    </message>
    <message>
        <source>Set back to not verified. Its postings already published stay published; new ones wait for review.</source>
        <translation>已改回未核验。已发布的岗位保持发布，新岗位需审核。</translation>
    </message>
    <message>
        <source>Press again to blacklist</source>
        <translation>再按一次确认列入黑名单</translation>
    </message>
    <message>
        <source>Blacklisting withdraws all of this employer&apos;s postings and stops it publishing; only an administrator can lift it. Press &quot;Press again to blacklist&quot; to go ahead.</source>
        <translation>列入黑名单会下架该单位的全部岗位，并不再允许发布；只有管理员可以解除。确认请按“再按一次确认列入黑名单”。</translation>
    </message>
    <message>
        <source>This credit code is already registered, for %1 (in the list). Nothing new was created and what you typed is kept: open that employer to update it, or check the code against the licence.</source>
        <translation>此信用代码已登记，单位为“%1”（见左侧列表）。没有新建记录，您填写的内容仍保留：如是同一单位，请打开它修改；否则请对照营业执照核对代码。</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>用工单位</translation>
    </message>
    <message>
        <source>name, credit code or phone</source>
        <translation>名称、统一社会信用代码或电话</translation>
    </message>
    <message>
        <source>All employers</source>
        <translation>全部用工单位</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>未核验</translation>
    </message>
    <message>
        <source>Blacklisted</source>
        <translation>黑名单</translation>
    </message>
    <message>
        <source>New employer (Ctrl+N)</source>
        <translation>登记用工单位 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>核验</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>信用代码</translation>
    </message>
    <message>
        <source>18 characters, on the business licence</source>
        <translation>18位，见营业执照</translation>
    </message>
    <message>
        <source>mobile or 0771-5551234</source>
        <translation>手机或 0771-5551234</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Verification and blacklist</source>
        <translation>核验与黑名单</translation>
    </message>
    <message>
        <source>Verify (check the credit code against the licence)</source>
        <translation>核验（对照营业执照核对信用代码）</translation>
    </message>
    <message>
        <source>reason, e.g. charges seekers a deposit (required)</source>
        <translation>原因，如：向求职者收取押金（必填）</translation>
    </message>
    <message>
        <source>Blacklist</source>
        <translation>列入黑名单</translation>
    </message>
    <message>
        <source>Take off the blacklist (administrator)</source>
        <translation>移出黑名单（管理员）</translation>
    </message>
    <message>
        <source>New employer</source>
        <translation>登记用工单位</translation>
    </message>
    <message>
        <source>Blacklisted: %1. Its postings are withdrawn and it cannot publish.</source>
        <translation>已列入黑名单：%1。其岗位已下架，不能再发布岗位。</translation>
    </message>
    <message>
        <source>Verified on %1.</source>
        <translation>%1核验通过。</translation>
    </message>
    <message>
        <source>Not verified yet: its postings wait in the review queue.</source>
        <translation>尚未核验：其岗位须经审核后发布。</translation>
    </message>
    <message>
        <source>Registered. Verify it once you have seen the business licence.</source>
        <translation>登记成功。查验营业执照后请点“核验”。</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>修改已保存。</translation>
    </message>
    <message>
        <source>Verified: its postings go live without review.</source>
        <translation>核验通过，其岗位可直接发布。</translation>
    </message>
    <message numerus="yes">
        <source>Blacklisted; %n posting(s) withdrawn. It cannot publish any more.</source>
        <translation>
            <numerusform>已列入黑名单，下架岗位%n个，今后不能再发布岗位。</numerusform>
        </translation>
    </message>
    <message>
        <source>Taken off the blacklist. Its withdrawn postings stay withdrawn until published again.</source>
        <translation>已移出黑名单。已下架的岗位需重新发布才会显示。</translation>
    </message>
    <message numerus="yes">
        <source>People it took on who were not paid, when followed up: %n</source>
        <translation>
            <numerusform>经回访工资未结清的人员：%n人</numerusform>
        </translation>
    </message>
    <message>
        <source>No employer on record matches &quot;%1&quot;. Check the name, credit code or phone; a new employer is registered with New employer.</source>
        <translation>没有与“%1”相符的用工单位。请核对名称、统一社会信用代码或电话；新单位请按“登记用工单位”登记。</translation>
    </message>
    <message>
        <source>No employer in this list matches &quot;%1&quot;; choose All employers to look among them all.</source>
        <translation>此列表中没有与“%1”相符的用工单位；请选“全部用工单位”在全部单位中查找。</translation>
    </message>
    <message>
        <source>No employer is registered yet: register the first with New employer.</source>
        <translation>还没有登记用工单位：请按“登记用工单位”登记第一家。</translation>
    </message>
    <message>
        <source>None at present.</source>
        <translation>目前没有。</translation>
    </message>
</context>
<context>
    <name>lingong::StaffJobEditor</name>
    <message>
        <source>Also: %1</source>
        <translation>另外：%1</translation>
    </message>
    <message>
        <source>Please fill in: %1.</source>
        <translation>请填写：%1。</translation>
    </message>
    <message>
        <source>All required information is there. Please check: %1.</source>
        <translation>必填信息已齐全。请核对：%1。</translation>
    </message>
    <message>
        <source>Your unsaved changes are back. This posting was changed elsewhere in the meantime: saving keeps that change wherever you have not typed.</source>
        <translation>未保存的修改已恢复。此间该岗位在别处被修改过：保存时，您没有改动的栏目保留别处的修改。</translation>
    </message>
    <message>
        <source>Unsaved changes are kept for %1: open the posting again to go back to them.</source>
        <translation>%1的未保存修改已留存：重新打开该岗位即可继续填写。</translation>
    </message>
    <message>
        <source>Your unsaved changes are back. Save them when ready.</source>
        <translation>您未保存的修改已恢复，确认后请保存。</translation>
    </message>
    <message>
        <source>the new posting</source>
        <translation>新岗位</translation>
    </message>
    <message>
        <source>a posting without a title</source>
        <translation>一个未填名称的岗位</translation>
    </message>
    <message>
        <source>Unsaved changes are kept for %1: open the posting again, or press New posting for a new one, to go back to them.</source>
        <translation>%1的未保存修改已留存：重新打开该岗位，或按“登记新岗位”回到新岗位，即可继续填写。</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>用工单位</translation>
    </message>
    <message>
        <source>e.g. Estate cleaner (paid daily)</source>
        <translation>如：小区保洁（日结）</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>岗位名称</translation>
    </message>
    <message>
        <source>(choose a trade)</source>
        <translation>（请选择工种）</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>工种</translation>
    </message>
    <message>
        <source>Skills required</source>
        <translation>技能要求</translation>
    </message>
    <message>
        <source>street and number</source>
        <translation>街道门牌</translation>
    </message>
    <message>
        <source>Work location</source>
        <translation>工作地点</translation>
    </message>
    <message>
        <source>e.g. 8:00-17:00, 3 days</source>
        <translation>如：8:00-17:00，共3天</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>工作时长</translation>
    </message>
    <message>
        <source>from</source>
        <translation>最低</translation>
    </message>
    <message>
        <source>to</source>
        <translation>最高</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>薪资待遇</translation>
    </message>
    <message numerus="yes">
        <source> people</source>
        <translation>
            <numerusform> 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Public-welfare post</source>
        <translation>公益性岗位</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>招聘人数</translation>
    </message>
    <message>
        <source>Employment form</source>
        <translation>用工形式</translation>
    </message>
    <message>
        <source>valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开工日期</translation>
    </message>
    <message>
        <source>mobile or 0771-5551234</source>
        <translation>手机或 0771-5551234</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>岗位描述</translation>
    </message>
    <message>
        <source>(no registered employer: individual hiring)</source>
        <translation>（未登记用工单位：个人雇工）</translation>
    </message>
    <message>
        <source>blacklisted</source>
        <translation>黑名单</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>未核验</translation>
    </message>
    <message>
        <source>not registered here</source>
        <translation>本市场未登记</translation>
    </message>
    <message>
        <source>%1 contains a discriminatory requirement: &quot;%2&quot;. Postings may not exclude people for who they are (gender, ethnicity, religion, household registration, health, pregnancy, marital status and the like). Please remove it; everything else you entered is kept.</source>
        <translation>%1含有歧视性内容：“%2”。招聘信息不得设置歧视性条件（如性别、民族、宗教信仰、户籍、健康状况、怀孕、婚姻状况等）。请删除这部分内容，其他已填写的信息都保留着。</translation>
    </message>
    <message>
        <source>The posting contains discriminatory requirements (%1). Postings may not exclude people for who they are (gender, ethnicity, religion, household registration, health, pregnancy, marital status and the like). Please remove them; everything else you entered is kept.</source>
        <translation>招聘信息含有歧视性内容（%1）。招聘信息不得设置歧视性条件（如性别、民族、宗教信仰、户籍、健康状况、怀孕、婚姻状况等）。请删除这些内容，其他已填写的信息都保留着。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>All required information is there.</source>
        <translation>必填信息已齐全。</translation>
    </message>
    <message>
        <source>Not ready to save yet. %1</source>
        <translation>还不能保存。%1</translation>
    </message>
    <message>
        <source>Not saved yet. Please check: %1. If the pay is right, press %2 again.</source>
        <translation>还没有保存。%1。如果工资没错，请再按一次“%2”。</translation>
    </message>
    <message>
        <source>the address of the work, to be asked on the phone before it is published</source>
        <translation>工作地址（发布前须电话问清）</translation>
    </message>
    <message>
        <source>Left empty: %1 (no particular skills)</source>
        <translation>不填即为“%1”</translation>
    </message>
    <message>
        <source>Not saved yet. Please check: %1. If the work needs it, press %2 again.</source>
        <translation>还没有保存。%1。如果工作确实需要这个年龄限制，请再按一次“%2”。</translation>
    </message>
    <message>
        <source>Not published yet. Please check: %1. If the pay is right, press %2 again.</source>
        <translation>还没有发布。%1。如果工资没错，请再按一次“%2”。</translation>
    </message>
    <message>
        <source>Not published yet. Please check: %1. If the work needs it, press %2 again.</source>
        <translation>还没有发布。%1。如果工作确实需要这个年龄限制，请再按一次“%2”。</translation>
    </message>
</context>
<context>
    <name>lingong::StaffJobsPage</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Sent to the review queue: the employer is not verified.</source>
        <translation>已送回岗位审核：该用工单位尚未核验。</translation>
    </message>
    <message>
        <source>This new posting is not saved. Save it, or press New posting again to clear the form.</source>
        <translation>这个新岗位还没有保存。请保存，或再按一次“登记新岗位”清空表单。</translation>
    </message>
    <message>
        <source>This posting was changed elsewhere; it is shown as it now stands.</source>
        <translation>该岗位已在别处被修改，现显示最新内容。</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>岗位管理</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>New posting (Ctrl+N)</source>
        <translation>登记新岗位 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>岗位名称</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>工种</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>用工单位</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Publish again</source>
        <translation>重新发布</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>下架</translation>
    </message>
    <message>
        <source>Mark filled</source>
        <translation>已招满</translation>
    </message>
    <message>
        <source>Find seekers</source>
        <translation>匹配求职者</translation>
    </message>
    <message>
        <source>%1 postings, newest %2 shown</source>
        <translation>共%1个岗位，显示最新%2个</translation>
    </message>
    <message numerus="yes">
        <source>%n posting(s)</source>
        <translation>
            <numerusform>共%n个岗位</numerusform>
        </translation>
    </message>
    <message>
        <source>New posting</source>
        <translation>登记新岗位</translation>
    </message>
    <message>
        <source>Posting: %1 — %2</source>
        <translation>岗位：%1 — %2</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>修改已保存。</translation>
    </message>
    <message>
        <source>Saved and published: %1</source>
        <translation>已保存并发布，%1</translation>
    </message>
    <message>
        <source>Saved. It waits in the review queue (%1).</source>
        <translation>已保存，等待审核（%1）。</translation>
    </message>
    <message>
        <source>Withdrawn: no longer shown to job seekers.</source>
        <translation>已下架，求职者不再看到此岗位。</translation>
    </message>
    <message>
        <source>Marked as filled.</source>
        <translation>已标记为招满。</translation>
    </message>
    <message>
        <source>Published again.</source>
        <translation>已重新发布。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>search title, trade, place, employer, a contact&apos;s phone, or a kiosk reference</source>
        <translation>搜索岗位名称、工种、地点、用工单位、联系人电话或自助机受理号</translation>
    </message>
    <message>
        <source>This posting is now %1; it is shown as it now stands.</source>
        <translation>该岗位现为“%1”，现显示最新内容。</translation>
    </message>
    <message>
        <source>The list shows every posting again, so that this one is in it.</source>
        <translation>左边的列表已恢复显示全部岗位，刚保存的岗位就在其中。</translation>
    </message>
</context>
<context>
    <name>lingong::StaffLabels</name>
    <message>
        <source>Work finished, paid</source>
        <translation>已完工，工资已结清</translation>
    </message>
    <message>
        <source>Pay not settled</source>
        <translation>工资未结清</translation>
    </message>
    <message>
        <source>Not passed review</source>
        <translation>未通过审核</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Individual: %1</source>
        <translation>个人：%1</translation>
    </message>
    <message>
        <source>Employment registration guidance</source>
        <translation>就业登记指引</translation>
    </message>
    <message>
        <source>Pension insurance guidance</source>
        <translation>养老保险指引</translation>
    </message>
    <message>
        <source>Occupational-injury cover guidance</source>
        <translation>职业伤害保障指引</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>：%1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a pay range</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
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
        <source>Another window changed %1 meanwhile; that change is kept.</source>
        <translation>此间另一窗口修改了%1，该修改已保留。</translation>
    </message>
    <message>
        <source>Another window had also changed %1 meanwhile; what you typed was saved over it.</source>
        <translation>此间另一窗口也修改了%1，已按您填写的内容保存（覆盖了对方的修改）。</translation>
    </message>
    <message>
        <source>Ledger entry struck out</source>
        <translation>划去台账条目</translation>
    </message>
    <message>
        <source>Job recruiting again</source>
        <translation>岗位重新招聘</translation>
    </message>
    <message>
        <source>Outcome corrected</source>
        <translation>更正对接结果</translation>
    </message>
    <message>
        <source>Job back to review</source>
        <translation>岗位退回审核</translation>
    </message>
    <message>
        <source>Job put up again</source>
        <translation>重新发布岗位</translation>
    </message>
    <message>
        <source>Records of one seeker merged</source>
        <translation>合并同一求职者的登记记录</translation>
    </message>
    <message>
        <source>Platform-behind warning dismissed</source>
        <translation>关闭平台日志落后提醒</translation>
    </message>
    <message>
        <source>Employer verification not passed</source>
        <translation>用工单位核验未通过</translation>
    </message>
    <message>
        <source>Employer verification undone</source>
        <translation>撤销用工单位核验结果</translation>
    </message>
    <message>
        <source>Applicant&apos;s mobile shown</source>
        <translation>查看报名人手机号</translation>
    </message>
    <message>
        <source>Seeker&apos;s mobile shown</source>
        <translation>查看求职者手机号</translation>
    </message>
    <message>
        <source>Caller&apos;s number shown</source>
        <translation>查看来电人号码</translation>
    </message>
    <message>
        <source>Kiosk left by staff</source>
        <translation>工作人员退出自助机</translation>
    </message>
    <message>
        <source>Kiosk exit refused: wrong PIN</source>
        <translation>退出自助机被拒：密码错误</translation>
    </message>
    <message>
        <source>Sync conflict: platform version kept</source>
        <translation>同步冲突：保留平台版本</translation>
    </message>
    <message>
        <source>Sync conflict: sent again</source>
        <translation>同步冲突：重新发送</translation>
    </message>
    <message>
        <source>Refused change dismissed</source>
        <translation>已处理被拒绝的修改</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>用工单位</translation>
    </message>
    <message>
        <source>Job seeker</source>
        <translation>求职者</translation>
    </message>
    <message>
        <source>Ledger entry</source>
        <translation>台账记录</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>发布内容</translation>
    </message>
    <message>
        <source>Staff account</source>
        <translation>工作人员账户</translation>
    </message>
    <message>
        <source>without a password</source>
        <translation>未输入密码</translation>
    </message>
    <message>
        <source>headcount reached</source>
        <translation>已招满</translation>
    </message>
    <message>
        <source>employer blacklisted</source>
        <translation>用工单位已列入黑名单</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>已招满</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已下架</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>自助机</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>已报名</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>已推荐</translation>
    </message>
    <message>
        <source>Interviewed</source>
        <translation>已面试</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>已到岗</translation>
    </message>
    <message>
        <source>Not hired</source>
        <translation>未录用</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>未到场</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Sole trader</source>
        <translation>个体工商户</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>家庭雇主</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>机关事业单位或社会组织</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>未核验</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已核验</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>核验未通过</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>就业政策</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训项目</translation>
    </message>
    <message>
        <source>Training institution</source>
        <translation>培训机构</translation>
    </message>
    <message>
        <source>Entrepreneurship</source>
        <translation>创业服务</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>通知公告</translation>
    </message>
    <message>
        <source>Urgent notice</source>
        <translation>紧急通知</translation>
    </message>
    <message>
        <source>Rights channels</source>
        <translation>权益维护</translation>
    </message>
    <message>
        <source>Market information</source>
        <translation>市场信息</translation>
    </message>
    <message>
        <source>Job posting</source>
        <translation>岗位发布</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>匹配对接</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Enquiry</source>
        <translation>问询</translation>
    </message>
    <message>
        <source>Complaint or request</source>
        <translation>投诉求助</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Call-back</source>
        <translation>回电</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>举报</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>求助</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>At once</source>
        <translation>随时到岗</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周内</translation>
    </message>
    <message>
        <source>Weekends</source>
        <translation>周末</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>以后</translation>
    </message>
    <message>
        <source>Long without work</source>
        <translation>长期失业</translation>
    </message>
    <message>
        <source>Low-income family</source>
        <translation>低收入家庭</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>残疾</translation>
    </message>
    <message>
        <source>Older worker</source>
        <translation>大龄</translation>
    </message>
    <message>
        <source>Other difficulty</source>
        <translation>其他困难</translation>
    </message>
    <message>
        <source>yuan/hour</source>
        <translation>元/小时</translation>
    </message>
    <message>
        <source>yuan/day</source>
        <translation>元/天</translation>
    </message>
    <message>
        <source>yuan/piece</source>
        <translation>元/件</translation>
    </message>
    <message>
        <source>yuan/month</source>
        <translation>元/月</translation>
    </message>
    <message>
        <source>yuan/project</source>
        <translation>元/项</translation>
    </message>
    <message>
        <source>Paid daily</source>
        <translation>日结</translation>
    </message>
    <message>
        <source>Paid weekly</source>
        <translation>周结</translation>
    </message>
    <message>
        <source>Paid monthly</source>
        <translation>月结</translation>
    </message>
    <message>
        <source>Paid on completion</source>
        <translation>完工结</translation>
    </message>
    <message>
        <source>Part-time</source>
        <translation>非全日制</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>临时性</translation>
    </message>
    <message>
        <source>Seasonal</source>
        <translation>阶段性</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>窗口人员</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>In difficulty</source>
        <translation>困难人员</translation>
    </message>
    <message>
        <source>Career guidance</source>
        <translation>职业指导</translation>
    </message>
    <message>
        <source>Job recommendation</source>
        <translation>岗位推荐</translation>
    </message>
    <message>
        <source>Training referral</source>
        <translation>技能培训</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>新建账户</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Wrong sign-in</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Sign-in refused: locked</source>
        <translation>锁定中拒绝登录</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>账户锁定</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Account enabled</source>
        <translation>启用账户</translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation>停用账户</translation>
    </message>
    <message>
        <source>Session started</source>
        <translation>开始办公</translation>
    </message>
    <message>
        <source>Window locked</source>
        <translation>窗口锁定</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Employer registered</source>
        <translation>登记用工单位</translation>
    </message>
    <message>
        <source>Employer edited</source>
        <translation>修改用工单位</translation>
    </message>
    <message>
        <source>Employer verified</source>
        <translation>核验用工单位</translation>
    </message>
    <message>
        <source>Employer blacklisted</source>
        <translation>列入黑名单</translation>
    </message>
    <message>
        <source>Employer off blacklist</source>
        <translation>移出黑名单</translation>
    </message>
    <message>
        <source>Job posted</source>
        <translation>登记岗位</translation>
    </message>
    <message>
        <source>Job edited</source>
        <translation>修改岗位</translation>
    </message>
    <message>
        <source>Job published</source>
        <translation>发布岗位</translation>
    </message>
    <message>
        <source>Job refused</source>
        <translation>岗位不予发布</translation>
    </message>
    <message>
        <source>Job withdrawn</source>
        <translation>下架岗位</translation>
    </message>
    <message>
        <source>Job filled</source>
        <translation>岗位招满</translation>
    </message>
    <message>
        <source>Jobs expired</source>
        <translation>岗位到期</translation>
    </message>
    <message>
        <source>Interview recorded</source>
        <translation>登记面试</translation>
    </message>
    <message>
        <source>Hire recorded</source>
        <translation>登记到岗</translation>
    </message>
    <message>
        <source>Not hired recorded</source>
        <translation>登记未录用</translation>
    </message>
    <message>
        <source>No-show recorded</source>
        <translation>登记未到场</translation>
    </message>
    <message>
        <source>Application cancelled</source>
        <translation>取消报名</translation>
    </message>
    <message>
        <source>Application linked</source>
        <translation>关联求职者</translation>
    </message>
    <message>
        <source>Recommendation counted</source>
        <translation>计入岗位推荐</translation>
    </message>
    <message>
        <source>Seeker registered</source>
        <translation>求职登记</translation>
    </message>
    <message>
        <source>Existing seeker opened</source>
        <translation>打开已登记求职者</translation>
    </message>
    <message>
        <source>Seeker edited</source>
        <translation>修改求职登记</translation>
    </message>
    <message>
        <source>Request recorded</source>
        <translation>登记投诉求助</translation>
    </message>
    <message>
        <source>Request taken over</source>
        <translation>接手投诉求助</translation>
    </message>
    <message>
        <source>Request closed</source>
        <translation>办结投诉求助</translation>
    </message>
    <message>
        <source>Ledger entry added</source>
        <translation>添加台账</translation>
    </message>
    <message>
        <source>Content created</source>
        <translation>新增信息</translation>
    </message>
    <message>
        <source>Content edited</source>
        <translation>修改信息</translation>
    </message>
    <message>
        <source>Content removed</source>
        <translation>删除信息</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Recommendation withdrawn</source>
        <translation>推荐已撤回</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong try(s) in a row</source>
        <translation>
            <numerusform>连续输错%n次</numerusform>
        </translation>
    </message>
    <message>
        <source>Pay follow-up recorded</source>
        <translation>记录工资回访</translation>
    </message>
    <message>
        <source>Seeker&apos;s data deleted on request</source>
        <translation>应本人要求删除求职者信息</translation>
    </message>
    <message>
        <source>Job seeker registration</source>
        <translation>求职登记</translation>
    </message>
    <message>
        <source>Employer registration</source>
        <translation>用工单位登记</translation>
    </message>
    <message>
        <source>Match progress</source>
        <translation>对接进展</translation>
    </message>
    <message>
        <source>Correction or withdrawal</source>
        <translation>更正撤回</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>登记</translation>
    </message>
</context>
<context>
    <name>lingong::StaffLedgerPage</name>
    <message>
        <source>That day</source>
        <translation>当天</translation>
    </message>
    <message>
        <source>Its whole month</source>
        <translation>整月</translation>
    </message>
    <message>
        <source>Save ledger (CSV)</source>
        <translation>保存台账 (CSV)</translation>
    </message>
    <message>
        <source>Save the work ledger</source>
        <translation>保存工作台账</translation>
    </message>
    <message>
        <source>No entries in %1.</source>
        <translation>%1 没有台账记录。</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>零工市场</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <source>Entries (struck-out ones not counted)</source>
        <translation>记录条数（已划去的不计）</translation>
    </message>
    <message>
        <source>Struck out</source>
        <translation>划去原因</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) in %1: %2</source>
        <translation>
            <numerusform>%1 共%n条：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (struck out: %2)</source>
        <translation>%1（已划去：%2）</translation>
    </message>
    <message>
        <source>Entry added by hand in error:</source>
        <translation>手工登记有误的条目：</translation>
    </message>
    <message>
        <source>why it is struck out</source>
        <translation>划去的原因</translation>
    </message>
    <message>
        <source>Strike out</source>
        <translation>划去</translation>
    </message>
    <message>
        <source>Struck out: it stays listed, and leaves the day&apos;s counts.</source>
        <translation>已划去：条目仍在列表中，不再计入当天的统计。</translation>
    </message>
    <message>
        <source>Added to today&apos;s ledger (%1): entries are recorded on the day they are written down.</source>
        <translation>已记入今天（%1）的台账：台账按填写当天记录。</translation>
    </message>
    <message>
        <source>Work ledger</source>
        <translation>工作台账</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>(kiosk)</source>
        <translation>（自助机）</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Add by hand:</source>
        <translation>手工登记：</translation>
    </message>
    <message>
        <source>what it was about, e.g. asked about social insurance subsidy (no names or numbers)</source>
        <translation>内容，如：咨询社保补贴（不要写姓名和号码）</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>No entries on this day.</source>
        <translation>当天没有台账记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) on this day: %1</source>
        <translation>
            <numerusform>当天共%n条：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Added to the ledger.</source>
        <translation>已记入台账。</translation>
    </message>
    <message>
        <source>Open the case</source>
        <translation>打开该事项</translation>
    </message>
    <message>
        <source>This entry is about no registration or posting to open.</source>
        <translation>该条记录没有可打开的登记或岗位。</translation>
    </message>
    <message>
        <source>What this entry is about is no longer kept (a person&apos;s data deleted at their request, say).</source>
        <translation>该条记录涉及的信息已不再保存（例如已应本人要求删除）。</translation>
    </message>
    <message>
        <source>Follow-ups owed…</source>
        <translation>待回访…</translation>
    </message>
    <message>
        <source>Follow-ups owed</source>
        <translation>待回访</translation>
    </message>
    <message numerus="yes">
        <source>Every hire of %n or more day(s) ago has had its pay followed up.</source>
        <translation>
            <numerusform>%n天及以前到岗的人员都已做过工资回访。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hires of %n or more day(s) ago whose pay nobody has followed up yet, the one waiting longest first. Call the person, then record what they say under the hire in Matching.</source>
        <translation>
            <numerusform>%n天及以前到岗、还没有人做过工资回访的人员，等得最久的在前。请打电话给本人，再到即时快招中在该次到岗下登记回访结果。</numerusform>
        </translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>到岗时间</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>用工单位</translation>
    </message>
    <message>
        <source>Open in Matching</source>
        <translation>在即时快招中打开</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of the %n entry(ies) in %3 (%4)</source>
        <translation>
            <numerusform>%1：%2条（%3共%n条：%4）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of the %n entry(ies) on this day (%3)</source>
        <translation>
            <numerusform>%1：%2条（当天共%n条：%3）</numerusform>
        </translation>
    </message>
    <message>
        <source>Entries of all kinds (struck-out ones not counted)</source>
        <translation>各类记录条数（已划去的不计）</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <source>Who (people&apos;s names masked)</source>
        <translation>服务对象（个人姓名已部分隐藏）</translation>
    </message>
</context>
<context>
    <name>lingong::StaffLoginPage</name>
    <message>
        <source>letters and digits, e.g. admin</source>
        <translation>字母和数字，如 admin</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>至少%1位</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>Create administrator and sign in</source>
        <translation>创建管理员并登录</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>First start: create the administrator account</source>
        <translation>首次使用：请创建管理员账户</translation>
    </message>
    <message>
        <source>This service window has no staff account yet. The administrator creates the accounts of the other clerks.</source>
        <translation>本服务窗口还没有工作人员账户。先创建管理员，再由管理员为其他窗口人员开户。</translation>
    </message>
    <message>
        <source>Sign in to the service window</source>
        <translation>登录服务窗口</translation>
    </message>
    <message>
        <source>Every action is recorded under your name.</source>
        <translation>您办理的每项业务都会记录在您名下。</translation>
    </message>
    <message>
        <source>The window is locked</source>
        <translation>窗口已锁定</translation>
    </message>
    <message>
        <source>%1, enter your password to go on; nothing you entered is lost.</source>
        <translation>%1，请输入密码继续办理，已填写的内容不会丢失。</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Only %1 can unlock this window.</source>
        <translation>只有%1可以解锁此窗口。</translation>
    </message>
    <message>
        <source>Demo data: sign in as %1 with the password %2.</source>
        <translation>演示数据：用账号 %1、密码 %2 登录。</translation>
    </message>
</context>
<context>
    <name>lingong::StaffMatchingPage</name>
    <message>
        <source>Pay follow-up</source>
        <translation>工资回访</translation>
    </message>
    <message>
        <source>Print referral letter</source>
        <translation>打印推荐信</translation>
    </message>
    <message>
        <source>The letter the person takes to the employer: the job, where and whom to ask for</source>
        <translation>求职者带给用工单位的推荐信：岗位、地点和联系人</translation>
    </message>
    <message>
        <source>The referral letter is not printed: %1 Ask the administrator to set up the printer (printing in the configuration).</source>
        <translation>推荐信未打印：%1请管理员设置打印机（配置文件中的 printing）。</translation>
    </message>
    <message>
        <source>Referral letter sent to the printer %1.</source>
        <translation>推荐信已发送到打印机 %1。</translation>
    </message>
    <message>
        <source>Referral letter saved: %1</source>
        <translation>推荐信已保存：%1</translation>
    </message>
    <message>
        <source>Recommended at %1. Record the interview and the outcome below; choose another in the list to recommend them too.</source>
        <translation>%1已推荐。请在下方登记面试和结果；如需再推荐，请在列表中另选一项。</translation>
    </message>
    <message>
        <source>This job seeker&apos;s registration was deleted or merged into another one; find the person again.</source>
        <translation>此求职者的登记已删除或已并入另一条登记，请重新查找此人。</translation>
    </message>
    <message numerus="yes">
        <source>%n started</source>
        <translation>
            <numerusform>已到岗%n人</numerusform>
        </translation>
    </message>
    <message>
        <source>Recommended to %1: call them, then record how it went below.</source>
        <translation>已推荐给%1，请联系对方，然后在下方登记对接结果。</translation>
    </message>
    <message>
        <source>Recommended to %1: call %2, then record how it went below.</source>
        <translation>已推荐给%1，请联系%2，然后在下方登记对接结果。</translation>
    </message>
    <message>
        <source>Recommended %1: call them (%2), then record how it went below.</source>
        <translation>已推荐%1，请联系本人（%2），然后在下方登记对接结果。</translation>
    </message>
    <message>
        <source>Show the mobile to call</source>
        <translation>显示手机号以便联系</translation>
    </message>
    <message>
        <source>Call the seeker, then record how it went below.</source>
        <translation>联系求职者后，在下方登记对接结果。</translation>
    </message>
    <message>
        <source>Call %1, then record how it went below.</source>
        <translation>请联系%1，然后在下方登记对接结果。</translation>
    </message>
    <message>
        <source>Call %1 (%2), then record how it went below.</source>
        <translation>请联系%1（%2），然后在下方登记对接结果。</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>用工单位</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>This posting is no longer recruiting (%1): nobody more is recommended.</source>
        <translation>该岗位已停止招聘（%1），不再推荐人选。</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>anywhere</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>即时快招</translation>
    </message>
    <message>
        <source>Jobs for a seeker</source>
        <translation>为求职者找岗位</translation>
    </message>
    <message>
        <source>Seekers for a job</source>
        <translation>为岗位找求职者</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Recommend (Enter)</source>
        <translation>推荐 (Enter)</translation>
    </message>
    <message>
        <source>Call the employer, then record how it went below.</source>
        <translation>联系用工单位后，在下方登记对接结果。</translation>
    </message>
    <message>
        <source>Recommendations and applications</source>
        <translation>推荐和报名记录</translation>
    </message>
    <message>
        <source>seeker: ID number, mobile or name</source>
        <translation>求职者：身份证号、手机号或姓名</translation>
    </message>
    <message>
        <source>open job: title, trade, place or employer</source>
        <translation>在招岗位：名称、工种、地点或用工单位</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>匹配度</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>工种</translation>
    </message>
    <message>
        <source>District</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>薪资</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>匹配理由</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>推荐时间</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>面试时间</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果时间</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Trades wanted</source>
        <translation>求职工种</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Seeker</source>
        <translation>求职者</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translation>没有找到“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>%n found: choose from the list.</source>
        <translation>
            <numerusform>找到%n条，请在列表中选择。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · wants: %3 · in: %4 · expects %5 · can start: %6</source>
        <translation>%1 · %2 · 求职工种：%3 · 意向地区：%4 · 期望%5 · 到岗：%6</translation>
    </message>
    <message>
        <source>no pay expectation</source>
        <translation>薪资不限</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %3 · %4 · %n people wanted</source>
        <translation>
            <numerusform>%1 · %2 · %3 · %4 · 招%n人</numerusform>
        </translation>
    </message>
    <message>
        <source>No open match at the moment.</source>
        <translation>暂时没有合适的匹配。</translation>
    </message>
    <message>
        <source>(job removed)</source>
        <translation>（岗位已删除）</translation>
    </message>
    <message>
        <source>Recommended at %1. Record the interview and the outcome below.</source>
        <translation>%1已推荐。请在下方登记面试和结果。</translation>
    </message>
    <message>
        <source>Choose the person…</source>
        <translation>请选择是哪一位…</translation>
    </message>
    <message>
        <source>Choose the posting…</source>
        <translation>请选择是哪个岗位…</translation>
    </message>
    <message>
        <source>Choose one in the list first (arrow keys or a click), then press Enter to recommend.</source>
        <translation>请先在列表中选中一项（方向键或鼠标点击），再按回车推荐。</translation>
    </message>
    <message>
        <source>Press Enter again to recommend %1, or choose another with the arrow keys.</source>
        <translation>再按一次回车推荐“%1”，或用方向键另选一项。</translation>
    </message>
    <message>
        <source>Choose a row to see why it fits.</source>
        <translation>选中一行，可在这里看完整的匹配理由。</translation>
    </message>
    <message>
        <source>Why it fits: %1</source>
        <translation>匹配理由：%1</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开工</translation>
    </message>
    <message>
        <source>under way</source>
        <translation>已开工</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>a date&apos;s day and month, QDate format</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>pay · when paid</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>hours %1</source>
        <translation>工作时间 %1</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>地址 %1</translation>
    </message>
    <message>
        <source>asks: %1</source>
        <translation>要求：%1</translation>
    </message>
    <message>
        <source>The job: %1</source>
        <translation>岗位详情：%1</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>age %1</source>
        <translation>%1岁</translation>
    </message>
    <message>
        <source>can do: %1</source>
        <translation>技能：%1</translation>
    </message>
    <message>
        <source>The person: %1</source>
        <translation>求职者：%1</translation>
    </message>
    <message>
        <source>Look among all open jobs:</source>
        <translation>在全部在招岗位中查找：</translation>
    </message>
    <message>
        <source>title, trade, place or employer; empty: the best matches for the person</source>
        <translation>岗位名称、工种、地点或用工单位；不填：为此人匹配最合适的岗位</translation>
    </message>
    <message>
        <source>No open job has &quot;%1&quot; in its title, trade, place, employer or words.</source>
        <translation>没有在招岗位的名称、工种、地点、用工单位或说明中含有“%1”。</translation>
    </message>
    <message>
        <source>The open jobs with &quot;%1&quot; are all among this person&apos;s recommendations below.</source>
        <translation>含“%1”的在招岗位都已在下方此人的推荐记录中。</translation>
    </message>
    <message>
        <source>More than %1</source>
        <translation>超过%1</translation>
    </message>
    <message numerus="yes">
        <source>%n open job(s) with &quot;%1&quot;, ranked for this person.</source>
        <translation>
            <numerusform>含“%1”的在招岗位%n个，已按与此人的匹配度排列。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 open jobs have &quot;%2&quot;: the %3 newest not yet recommended to this person, ranked for them. Type more of it to find fewer.</source>
        <translation>%1个在招岗位含“%2”：这里按与此人的匹配度列出其中最新、尚未推荐给此人的%3个。多输入几个字可缩小范围。</translation>
    </message>
</context>
<context>
    <name>lingong::StaffNotice</name>
    <message>
        <source>Responsible</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>This complaint or request is no longer on record.</source>
        <translation>这条投诉或求助记录已不存在。</translation>
    </message>
    <message>
        <source>This matter is closed: there is nothing more to bring.</source>
        <translation>此事项已办结，无需再准备材料。</translation>
    </message>
    <message>
        <source>What to have ready</source>
        <translation>一次性告知单</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Answer due by</source>
        <translation>办结时限</translation>
    </message>
    <message>
        <source>Everything you will be asked for, in one go:</source>
        <translation>办理时需要的全部材料和信息（一次告知）：</translation>
    </message>
    <message>
        <source>The person who took your matter answers for it until it is settled. Questions: %1.</source>
        <translation>首问负责：受理您事项的工作人员负责到底。如有疑问请拨打 %1。</translation>
    </message>
</context>
<context>
    <name>lingong::StaffOutcomeBar</name>
    <message>
        <source>Pay: settled (recorded %1)</source>
        <translation>工资：已结清（%1 记录）</translation>
    </message>
    <message>
        <source>Pay: NOT settled (recorded %1)</source>
        <translation>工资：未结清（%1 记录）</translation>
    </message>
    <message>
        <source>Pay: not followed up yet</source>
        <translation>工资：尚未回访</translation>
    </message>
    <message>
        <source>Recorded: the work is finished and paid for.</source>
        <translation>已记录：已完工，工资已结清。</translation>
    </message>
    <message>
        <source>The posting recruits again: it is short of people now.</source>
        <translation>该岗位重新招聘：现在人数不够了。</translation>
    </message>
    <message>
        <source>why, to correct the outcome</source>
        <translation>更正结果的原因</translation>
    </message>
    <message>
        <source>To correct the outcome, write down why first.</source>
        <translation>要更正结果，请先写明原因。</translation>
    </message>
    <message>
        <source>Corrected: %1, not %2.</source>
        <translation>已更正：%1，而不是%2。</translation>
    </message>
    <message>
        <source>Correct to:</source>
        <translation>更正为：</translation>
    </message>
    <message>
        <source>Press again: %1</source>
        <translation>再按一次：%1</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>登记结果：</translation>
    </message>
    <message>
        <source>Recorded: %1 at %2.</source>
        <translation>已登记：%1（%2）。</translation>
    </message>
    <message>
        <source>The posting has all the people it wanted and is now marked filled.</source>
        <translation>该岗位人数已招满，已自动标记为已招满。</translation>
    </message>
    <message>
        <source>Record the complaint…</source>
        <translation>登记欠薪投诉…</translation>
    </message>
    <message>
        <source>Recorded: the pay is not settled. If the person wants the hall to act, record a complaint about unpaid wages (Record the complaint…).</source>
        <translation>已记录：工资未结清。如本人希望市场出面协调，请点“登记欠薪投诉”。</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <comment>a recommendation made by mistake</comment>
        <translation>撤回推荐</translation>
    </message>
    <message>
        <source>Recommendation withdrawn: it no longer counts. The person&apos;s own application from the kiosk waits in the queue again.</source>
        <translation>推荐已撤回，不再计入统计。本人在自助机上的求职申请重新回到待处理队列。</translation>
    </message>
    <message>
        <source>Recommendation withdrawn: it no longer counts, and the person is among the matches again.</source>
        <translation>推荐已撤回，不再计入统计，此人重新出现在匹配名单中。</translation>
    </message>
    <message>
        <source>This job starts on %1. Record &quot;%2&quot; on the day the person starts work: press again only if they have started already.</source>
        <translation>此岗位%1才开工。“%2”应在本人开始上工当天登记：确已提前上工的，再按一次。</translation>
    </message>
    <message>
        <source>Pay: NOT settled (recorded %1); %2</source>
        <translation>工资：未结清（%1 记录）；%2</translation>
    </message>
    <message>
        <source>Show the complaint</source>
        <translation>查看投诉</translation>
    </message>
    <message>
        <source>Withdraw takes back a recommendation made by mistake: press again to withdraw it.</source>
        <translation>“撤回推荐”用于撤回推荐错了的记录。确认撤回请再按一次。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; closes this recommendation and goes into the work ledger: press again to record it.</source>
        <translation>“%1”会结束这次推荐，并记入工作台账。确认请再按一次。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; corrects the outcome recorded, for the reason written: press again to record it.</source>
        <translation>“%1”会按填写的原因更正已记录的结果。确认请再按一次。</translation>
    </message>
</context>
<context>
    <name>lingong::StaffQueuePage</name>
    <message>
        <source>Applications</source>
        <translation>报名队列</translation>
    </message>
    <message>
        <source>New applications appear here by themselves.</source>
        <translation>新报名会自动出现在这里。</translation>
    </message>
    <message>
        <source>confirmation number</source>
        <translation>报名确认号</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>确认号</translation>
    </message>
    <message>
        <source>Applied at</source>
        <translation>报名时间</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Registered seeker</source>
        <translation>已登记求职者</translation>
    </message>
    <message>
        <source>Link the seeker registered with this mobile</source>
        <translation>关联该手机号登记的求职者</translation>
    </message>
    <message>
        <source>Open the seeker</source>
        <translation>打开求职者信息</translation>
    </message>
    <message>
        <source>(job removed)</source>
        <translation>（岗位已删除）</translation>
    </message>
    <message>
        <source>No application is waiting.</source>
        <translation>没有等待处理的报名。</translation>
    </message>
    <message>
        <source>Choose an application.</source>
        <translation>请选择一条报名。</translation>
    </message>
    <message>
        <source>Application %1 for &quot;%2&quot;. %3</source>
        <translation>报名%1，应聘“%2”。%3</translation>
    </message>
    <message>
        <source>The mobile is not linked to a registered seeker yet.</source>
        <translation>该手机号尚未关联已登记的求职者。</translation>
    </message>
    <message>
        <source>Registered seeker: %1.</source>
        <translation>已登记求职者：%1。</translation>
    </message>
    <message>
        <source>Application %1 was already handled: %2.</source>
        <translation>报名%1已处理：%2。</translation>
    </message>
    <message>
        <source>No application has the number %1.</source>
        <translation>没有确认号为%1的报名。</translation>
    </message>
    <message>
        <source>Nobody is registered with this mobile: register the person on the Job seekers page, then link again.</source>
        <translation>没有人用这个手机号登记过：请先在“求职登记”页为其登记，再来关联。</translation>
    </message>
    <message>
        <source>Several people are registered with this mobile: open the right one on the Job seekers page.</source>
        <translation>有多人用这个手机号登记：请在“求职登记”页打开对应的人。</translation>
    </message>
    <message>
        <source>Linked to %1.</source>
        <translation>已关联：%1。</translation>
    </message>
    <message>
        <source>Show the mobile to call</source>
        <translation>显示手机号以便联系</translation>
    </message>
    <message>
        <source>Mobile: %1</source>
        <translation>手机号：%1</translation>
    </message>
</context>
<context>
    <name>lingong::StaffReferral</name>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>This recommendation is no longer on record.</source>
        <translation>这条推荐记录已不存在。</translation>
    </message>
    <message>
        <source>The outcome of this recommendation is recorded (%1): there is no one to send to the employer.</source>
        <translation>这条推荐已登记结果（%1），无需再开推荐信。</translation>
    </message>
    <message>
        <source>The job of this recommendation is no longer on record.</source>
        <translation>这条推荐的岗位已不存在。</translation>
    </message>
    <message>
        <source>The job is %1: nobody can be sent to it.</source>
        <translation>该岗位%1，不能再推荐人员前往。</translation>
    </message>
    <message>
        <source>The person is not registered by name: register them first, so that the employer knows whom the hall sent.</source>
        <translation>此人尚未实名登记：请先办理求职登记，用工单位才知道市场推荐的是谁。</translation>
    </message>
    <message>
        <source>Referral letter</source>
        <translation>就业推荐信</translation>
    </message>
    <message>
        <source>To %1: the hall sends %2 to you for the job below. Please tell us whether they are taken on.</source>
        <translation>%1：兹推荐%2前来贵单位应聘以下岗位，请将录用结果告知本市场。</translation>
    </message>
    <message>
        <source>the employer</source>
        <translation>用工单位</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>被推荐人</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>工种</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>用工单位</translation>
    </message>
    <message>
        <source>Place of work</source>
        <translation>工作地点</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开工日期</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>工作时间</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>薪资</translation>
    </message>
    <message>
        <source>Ask for</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Employer: please tell the hall whether %1 is taken on, on %2.</source>
        <translation>请用工单位拨打 %2 反馈%1的录用结果。</translation>
    </message>
    <message>
        <source>To the person sent: no employer may ask you for a fee or a deposit for a job. If you are asked to pay, or the job is not as written here, call %1.</source>
        <translation>求职者须知：用工单位不得以任何名义收取费用或押金。如被要求交钱，或岗位与本信所写不符，请拨打 %1。</translation>
    </message>
</context>
<context>
    <name>lingong::StaffReport</name>
    <message>
        <source>The report cannot be saved as %1: that file belongs to this window&apos;s store of records. Choose another name.</source>
        <translation>报表不能保存为 %1：这是本窗口存放业务记录的文件。请换一个文件名。</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>报表已保存：%1</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>报表未能保存到 %1：%2</translation>
    </message>
    <message>
        <source>CSV reports (*.csv)</source>
        <translation>CSV 报表 (*.csv)</translation>
    </message>
</context>
<context>
    <name>lingong::StaffReviewPage</name>
    <message>
        <source>Review queue</source>
        <translation>岗位审核</translation>
    </message>
    <message>
        <source>Postings from kiosks, from the platform and for employers not yet verified are published only after a clerk has checked them.</source>
        <translation>自助机、平台发来的岗位和未核验用工单位的岗位，须经工作人员审核后才能发布。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>岗位名称</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>用工单位</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Nothing waits for review.</source>
        <translation>没有待审核的岗位。</translation>
    </message>
    <message>
        <source>Checked: publish</source>
        <translation>审核通过，发布</translation>
    </message>
    <message>
        <source>Save corrections</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <source>why it is not published (required to refuse)</source>
        <translation>不予发布的原因（必填）</translation>
    </message>
    <message>
        <source>Do not publish</source>
        <translation>不予发布</translation>
    </message>
    <message>
        <source>Waiting because: %1. Check the details with the employer before publishing.</source>
        <translation>待审原因：%1。请与用工单位核实信息后再发布。</translation>
    </message>
    <message>
        <source>sent for review</source>
        <translation>提交审核</translation>
    </message>
    <message>
        <source>Corrections saved; the posting still waits for review.</source>
        <translation>修改已保存，岗位仍待审核。</translation>
    </message>
    <message>
        <source>Published: %1.</source>
        <translation>已发布：%1。</translation>
    </message>
    <message>
        <source>Not published; the reason is in the ledger.</source>
        <translation>已不予发布，原因已记入台账。</translation>
    </message>
    <message>
        <source>This posting was decided at another window meanwhile; nothing you typed here was saved. Choose the next one in the list.</source>
        <translation>这条岗位刚刚已在其他窗口处理，您在这里输入的内容没有保存。请在列表中选择下一条。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a posting&apos;s source and reference number</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>a date&apos;s day and month, QDate format</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>Published: %1. Open until %2, when the work ends (not %3).</source>
        <translation>已发布：%1。招聘截止改为%2，即工作结束之日（原为%3）。</translation>
    </message>
    <message>
        <source>From the same phone, also waiting: %1. Check them in the same call.</source>
        <translation>同一电话还有待审核的：%1。可在同一通电话里一并核实。</translation>
    </message>
</context>
<context>
    <name>lingong::StaffSeekersPage</name>
    <message>
        <source>The form below still shows %1, opened before; press New registration to register the person looked for.</source>
        <translation>下面仍是之前打开的%1的登记信息；要为所查找的人登记，请点“新登记”。</translation>
    </message>
    <message>
        <source>the person</source>
        <translation>另一个人</translation>
    </message>
    <message>
        <source>No trade wanted is ticked: ask the person which work they look for, so that matching and the figures count it.</source>
        <translation>未勾选求职工种：请问清对方想找什么工作，以便匹配岗位和统计。</translation>
    </message>
    <message>
        <source>Listed: found by %1. Type another ID number, mobile or name</source>
        <translation>已列出：按 %1 查到。可再输入身份证号、手机号或姓名</translation>
    </message>
    <message>
        <source>Career guidance</source>
        <translation>职业指导</translation>
    </message>
    <message>
        <source>Employment registration and social insurance</source>
        <translation>就业登记和社会保险</translation>
    </message>
    <message>
        <source>Register employment if the person wishes; encourage basic pension insurance; guide platform workers (delivery, ride-hailing) to occupational-injury cover.</source>
        <translation>按本人意愿办理就业登记；鼓励参加企业职工基本养老保险；指导平台从业人员（外卖、网约车等）按规定参加职业伤害保障。</translation>
    </message>
    <message>
        <source>Record guidance given:</source>
        <translation>记录已提供的指引：</translation>
    </message>
    <message>
        <source>Employment registration</source>
        <translation>就业登记</translation>
    </message>
    <message>
        <source>Pension insurance</source>
        <translation>养老保险</translation>
    </message>
    <message>
        <source>Injury cover</source>
        <translation>职业伤害保障</translation>
    </message>
    <message>
        <source>%1: not yet</source>
        <translation>%1：未指引</translation>
    </message>
    <message>
        <source>%1: given %2</source>
        <translation>%1：已指引（%2）</translation>
    </message>
    <message>
        <source>Tick first the trade the person wants most: it is their first choice (第一意向), which the monthly statistics count them under.</source>
        <translation>请先勾选本人最想做的工种：它是第一意向，月度统计按第一意向计入。</translation>
    </message>
    <message>
        <source>First choice (第一意向): %1, ticked first; the monthly statistics count the person under it.</source>
        <translation>第一意向：%1（最先勾选），月度统计按此工种计入。</translation>
    </message>
    <message>
        <source>Changes discarded: the form is empty again.</source>
        <translation>已放弃修改：表单已清空。</translation>
    </message>
    <message numerus="yes">
        <source>%n open request(s) made with their mobile will have no number to call back: answer them first if they still need an answer.</source>
        <translation>
            <numerusform>用其手机号提出的%n项请求尚未办结，删除后将无法回电：如仍需答复，请先处理。</numerusform>
        </translation>
    </message>
    <message>
        <source>The registration is deleted here and, at the next sync, at every terminal and the platform; nothing of the person&apos;s data is kept, and their mobile number leaves their applications, complaints and call-back requests. This cannot be undone.</source>
        <translation>此登记将在本窗口删除，并在下次同步时从所有终端和平台删除；不保留此人的任何个人信息，其手机号也将从其应聘报名、投诉和回电请求中删除。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Press again to delete.</source>
        <translation>再按一次即删除。</translation>
    </message>
    <message>
        <source>From the birth date in the ID number: women from %1 and men from %2 count as older workers.</source>
        <translation>按身份证号码中的出生日期自动勾选：女性满%1周岁、男性满%2周岁属于大龄人员。</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <source>Changes discarded: the registration is shown as stored.</source>
        <translation>已放弃修改：显示的是已保存的登记。</translation>
    </message>
    <message>
        <source>Delete this person&apos;s data</source>
        <translation>删除此人的个人信息</translation>
    </message>
    <message>
        <source>Why, e.g. the person asked at the window</source>
        <translation>删除原因，例如：本人在窗口要求删除</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Say why the data is deleted (for example: the person asked at the window).</source>
        <translation>请填写删除原因（例如：本人在窗口要求删除）。</translation>
    </message>
    <message>
        <source>Press again to delete</source>
        <translation>再按一次即删除</translation>
    </message>
    <message>
        <source>Deleted: the person&apos;s data is gone from this window, and from the others and the platform at the next sync.</source>
        <translation>已删除：此人的信息已从本窗口清除，下次同步时也从其他终端和平台清除。</translation>
    </message>
    <message>
        <source>This registration was changed elsewhere; it is shown as it now stands.</source>
        <translation>该登记已在别处被修改，现显示最新内容。</translation>
    </message>
    <message>
        <source>Your unsaved changes are back. This registration was changed elsewhere in the meantime: saving keeps that change wherever you have not typed. Check the details with the person before you save.</source>
        <translation>未保存的修改已恢复。此间该登记在别处被修改过：保存时，您没有改动的栏目保留别处的修改。保存前请与本人核对。</translation>
    </message>
    <message>
        <source>Unsaved changes are kept for another of these records: open it and save them, or change them back, before merging.</source>
        <translation>另一条记录有尚未保存的修改：请先打开它保存或改回原样，再合并。</translation>
    </message>
    <message>
        <source>Registered more than once</source>
        <translation>重复登记</translation>
    </message>
    <message>
        <source>Merge into one record</source>
        <translation>合并为一条记录</translation>
    </message>
    <message numerus="yes">
        <source>Registered twice: %n</source>
        <translation>
            <numerusform>重复登记：%n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>These people were registered more than once before the terminals synced. Open one to merge the records.</source>
        <translation>以下人员在各终端同步之前被登记了不止一次。打开其中一条即可合并记录。</translation>
    </message>
    <message>
        <source>at a self-service kiosk</source>
        <translation>在自助查询机</translation>
    </message>
    <message>
        <source>at a service window</source>
        <translation>在服务窗口</translation>
    </message>
    <message>
        <source>no name given</source>
        <translation>未填姓名</translation>
    </message>
    <message>
        <source>%1, registered %2 %3, mobile %4</source>
        <translation>%1，%2 %3登记，手机 %4</translation>
    </message>
    <message numerus="yes">
        <source>The same ID number is on %n other record(s): %1. Merge them into one: the oldest record stays with the answers changed last, lists are put together, and applications and services move with it.</source>
        <translation>
            <numerusform>同一身份证号还登记在另外 %n 条记录中：%1。请合并为一条：保留最早的记录，采用最后修改的填写内容，多选项合并，报名和服务记录一并转入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the changes first, or change them back: merging takes what is saved.</source>
        <translation>请先保存修改，或把修改改回原样：合并只采用已保存的内容。</translation>
    </message>
    <message>
        <source>Press again to merge</source>
        <translation>再按一次确认合并</translation>
    </message>
    <message>
        <source>Merging cannot be undone. Check with the person that the records are theirs, then press &quot;Press again to merge&quot;.</source>
        <translation>合并后无法撤销。请先与本人核对这些记录确属本人，再按“再按一次确认合并”。</translation>
    </message>
    <message numerus="yes">
        <source>Merged: %n record(s) joined into this one.</source>
        <translation>
            <numerusform>已合并：%n 条记录已并入此记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>The person has not agreed to the use of their information yet.</source>
        <translation>本人尚未同意使用其信息。</translation>
    </message>
    <message>
        <source>This ID number is already registered, for %1, not %2. Nothing was changed or created. Check the number on the ID card: what you typed is kept as the new registration (press New registration to go back to it).</source>
        <translation>这个身份证号已登记，登记人为%1，不是%2。未作任何修改，也未新建登记。请核对身份证上的号码：您填写的内容已留作新登记（按“新登记”即可回到）。</translation>
    </message>
    <message>
        <source>Your unsaved changes are back. Save them when ready.</source>
        <translation>刚才未保存的修改已恢复，确认后请保存。</translation>
    </message>
    <message>
        <source>This new registration is not saved. Save it, or press New registration again to clear the form.</source>
        <translation>这份新登记还没有保存。请先保存；如要清空表单，请再按一次“新登记”。</translation>
    </message>
    <message>
        <source>the new registration</source>
        <translation>新登记</translation>
    </message>
    <message>
        <source>a registration without a name</source>
        <translation>一份未填姓名的登记</translation>
    </message>
    <message>
        <source>Unsaved changes are kept for %1: open the person again, or press New registration for a new one, to go back to them.</source>
        <translation>%1的未保存修改已留存：重新打开此人，或按“新登记”回到新登记，即可继续填写。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>On record before: %1.</source>
        <translation>原登记内容：%1。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1“%2”</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>skills</source>
        <translation>技能</translation>
    </message>
    <message>
        <source>training wanted</source>
        <translation>培训意向</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Job seekers</source>
        <translation>求职登记</translation>
    </message>
    <message>
        <source>ID number, mobile (or its last 4 digits) or part of the name</source>
        <translation>身份证号、手机号（或尾号4位）或姓名</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>New registration (Ctrl+N)</source>
        <translation>新登记 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Tiered service for a job seeker in difficulty</source>
        <translation>困难零工人员分级服务</translation>
    </message>
    <message>
        <source>what was done (optional)</source>
        <translation>服务内容（可不填）</translation>
    </message>
    <message>
        <source>Record career guidance</source>
        <translation>登记职业指导</translation>
    </message>
    <message>
        <source>Record training referral</source>
        <translation>登记培训推荐</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>（未填）</translation>
    </message>
    <message>
        <source>e.g. electrician licence, can drive, cooking</source>
        <translation>如：有电工证、会开车、会做饭</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>技能特长</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>Trades wanted</source>
        <translation>求职工种</translation>
    </message>
    <message>
        <source>Districts wanted</source>
        <translation>意向地区</translation>
    </message>
    <message>
        <source>no expectation</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Expected pay</source>
        <translation>期望薪资</translation>
    </message>
    <message>
        <source>Can start</source>
        <translation>到岗时间</translation>
    </message>
    <message>
        <source>trainings wanted, separated by commas</source>
        <translation>想参加的培训，用逗号分开</translation>
    </message>
    <message>
        <source>Interested in starting a business</source>
        <translation>有创业意向</translation>
    </message>
    <message>
        <source>Training wishes</source>
        <translation>培训意愿</translation>
    </message>
    <message>
        <source>Difficulties</source>
        <translation>困难情况</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>本人已同意</translation>
    </message>
    <message>
        <source>Read out the notice: the market stores and uses this information only to find work and services for the person; ID number and mobile are shown masked.</source>
        <translation>请向本人告知：零工市场仅为帮其找工作和提供服务而保存、使用这些信息，身份证号和手机号脱敏显示。</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Find jobs for this person</source>
        <translation>为其匹配岗位</translation>
    </message>
    <message>
        <source>Nobody registered matches &quot;%1&quot;.</source>
        <translation>没有找到“%1”的登记信息。</translation>
    </message>
    <message>
        <source>New registration</source>
        <translation>新登记</translation>
    </message>
    <message>
        <source>18 characters</source>
        <translation>18位</translation>
    </message>
    <message>
        <source>11-digit mobile</source>
        <translation>11位手机号</translation>
    </message>
    <message>
        <source>Registration of %1</source>
        <translation>%1的求职登记</translation>
    </message>
    <message>
        <source>(name not given)</source>
        <translation>（未留姓名）</translation>
    </message>
    <message>
        <source>%1 (leave empty to keep)</source>
        <translation>%1（不修改请留空）</translation>
    </message>
    <message>
        <source>%1. Package: %2 · %3 · %4</source>
        <translation>%1。服务包：%2 · %3 · %4</translation>
    </message>
    <message>
        <source>Package complete.</source>
        <translation>服务包已完成。</translation>
    </message>
    <message>
        <source>Recorded: %1.</source>
        <translation>已记录：%1。</translation>
    </message>
    <message>
        <source>Registered and saved.</source>
        <translation>登记成功，已保存。</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>修改已保存。</translation>
    </message>
    <message>
        <source>This ID number is already registered (for example at a kiosk). That person&apos;s registration is open now, with what you typed filled in; nothing new was created. Check the details with the person and save.</source>
        <translation>该身份证号码已登记过（例如在自助机登记）。现已打开此人的登记信息，并填入了您刚才输入的内容，没有新建记录。请与本人核对后保存。</translation>
    </message>
    <message>
        <source>a person without a name</source>
        <translation>一位未留姓名的人</translation>
    </message>
    <message>
        <source>This mobile is on the record of %1 too: ask whose phone it is, and write it in the notes, so that a call reaches the right person.</source>
        <translation>这个手机号也登记在%1的记录上：请问清是谁的电话并写在备注里，以免电话打给了别人。</translation>
    </message>
    <message>
        <source>Consent given on %1</source>
        <translation>本人已于 %1 同意</translation>
    </message>
    <message>
        <source>Nobody registered matches &quot;%1&quot;. It is filled in below for a new registration.</source>
        <translation>没有找到“%1”的登记信息，已填入下方，可直接新登记。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, looked up before, is filled in.</source>
        <translation>已填入刚才查找的“%1”。</translation>
    </message>
    <message>
        <source>This ID number is already registered, for %1 (%2), not %3: check the number on the ID card.</source>
        <translation>这个身份证号已登记，登记人为%1（%2），不是%3：请核对身份证上的号码。</translation>
    </message>
    <message>
        <source>This ID number is already registered, for %1 (%2). Press Save to open that registration with what you typed.</source>
        <translation>这个身份证号已登记，登记人为%1（%2）。按“保存”即打开其登记，并带上您已填写的内容。</translation>
    </message>
    <message>
        <source>What was typed for this new registration is not saved. Press Discard changes again to clear the form.</source>
        <translation>这份新登记填写的还没有保存。再按一次“放弃修改”才会清空表单。</translation>
    </message>
    <message>
        <source>The changes typed here are not saved. Press Discard changes again to throw them away and show the registration as stored.</source>
        <translation>这里的修改还没有保存。再按一次“放弃修改”才会丢弃修改，显示已保存的登记。</translation>
    </message>
    <message>
        <source>A new registration begun earlier and not saved is back. For someone else, press New registration again to clear the form.</source>
        <translation>刚才开始填写、还没保存的新登记已放回表单。如果是另一个人，请再按一次“新登记”清空表单。</translation>
    </message>
    <message>
        <source>The new registration begun for %1 and not saved is back. For someone else, press New registration again to clear the form.</source>
        <translation>刚才为%1填写、还没保存的新登记已放回表单。如果是另一个人，请再按一次“新登记”清空表单。</translation>
    </message>
    <message>
        <source>By the birth date in the ID number the person counts as an older worker (women from %1, men from %2), and so as in difficulty: offer them the services for workers in difficulty.</source>
        <translation>按身份证号码上的出生日期，此人属于大龄人员（女性满%1周岁、男性满%2周岁起），因此记为困难人员：请为其提供困难人员的帮扶服务。</translation>
    </message>
</context>
<context>
    <name>lingong::StaffStatisticsPage</name>
    <message>
        <source>Hires followed up: work finished, pay settled</source>
        <translation>到岗回访：已完工、工资已结清</translation>
    </message>
    <message>
        <source>Hires followed up: pay not settled</source>
        <translation>到岗回访：工资未结清</translation>
    </message>
    <message>
        <source>Print notice for the board</source>
        <translation>打印公示</translation>
    </message>
    <message>
        <source>The notice is not printed: %1 Ask the administrator to set up the printer (printing in the configuration).</source>
        <translation>公示未打印：%1请管理员设置打印机（配置文件中的 printing）。</translation>
    </message>
    <message>
        <source>Notice sent to the printer %1.</source>
        <translation>公示已发送到打印机 %1。</translation>
    </message>
    <message>
        <source>Notice saved: %1</source>
        <translation>公示已保存：%1</translation>
    </message>
    <message>
        <source>Aged under %1</source>
        <translation>%1岁以下</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Gender not known</source>
        <translation>性别不详</translation>
    </message>
    <message>
        <source>Age not known</source>
        <translation>年龄不详</translation>
    </message>
    <message>
        <source>Aged %1 and over</source>
        <translation>%1岁及以上</translation>
    </message>
    <message>
        <source>Aged %1 to %2</source>
        <translation>%1-%2岁</translation>
    </message>
    <message>
        <source>Education not known</source>
        <translation>文化程度不详</translation>
    </message>
    <message>
        <source>Education: %1</source>
        <translation>文化程度：%1</translation>
    </message>
    <message>
        <source>Seekers and hires by gender, age and education</source>
        <translation>求职登记与到岗人员：按性别、年龄、文化程度</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Career guidance (not in difficulty)</source>
        <translation>职业指导（非困难人员）</translation>
    </message>
    <message>
        <source>Career guidance %1 in all (%2 to people in difficulty, %3 to others) · guidance on employment registration %4, pension insurance %5, occupational-injury cover %6</source>
        <translation>职业指导共 %1 次（困难人员 %2 次、其他求职者 %3 次）· 登记和社保指引：就业登记 %4 次、养老保险 %5 次、职业伤害保障 %6 次</translation>
    </message>
    <message>
        <source>Guidance on employment registration</source>
        <translation>就业登记指引</translation>
    </message>
    <message>
        <source>Guidance on basic pension insurance</source>
        <translation>企业职工基本养老保险指引</translation>
    </message>
    <message>
        <source>Guidance on occupational-injury cover</source>
        <translation>职业伤害保障指引</translation>
    </message>
    <message>
        <source>tiered services: guidance %1, job recommendations %2, training %3</source>
        <translation>分级服务：职业指导 %1 次、岗位推荐 %2 次、技能培训 %3 次</translation>
    </message>
    <message>
        <source>%1 closed, %2 of them late</source>
        <translation>办结 %1 件，其中超期办结 %2 件</translation>
    </message>
    <message>
        <source>Seekers in difficulty registered</source>
        <translation>困难零工人员登记人数</translation>
    </message>
    <message>
        <source>Tiered services: career guidance</source>
        <translation>分级服务：职业指导</translation>
    </message>
    <message>
        <source>Tiered services: job recommendations</source>
        <translation>分级服务：岗位推荐</translation>
    </message>
    <message>
        <source>Tiered services: training</source>
        <translation>分级服务：技能培训</translation>
    </message>
    <message>
        <source>Complaints and requests received</source>
        <translation>受理投诉与诉求</translation>
    </message>
    <message>
        <source>Complaints and requests closed</source>
        <translation>办结投诉与诉求</translation>
    </message>
    <message>
        <source>Closed after the deadline</source>
        <translation>超期办结</translation>
    </message>
    <message>
        <source>Overdue and not closed (at the end, or now)</source>
        <translation>超期未办结（期末或当前）</translation>
    </message>
    <message numerus="yes">
        <source>People in difficulty: %n registered</source>
        <translation>
            <numerusform>困难零工人员：登记 %n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Complaints and requests: %n received</source>
        <translation>
            <numerusform>投诉与诉求：受理 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue, not closed</source>
        <translation>
            <numerusform>超期未办结 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the monthly report</source>
        <translation>保存月度报表</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Jobs per seeker = people wanted ÷ seekers registered in the month; a trade with no seekers has no ratio and is not ranked.</source>
        <translation>求人倍率＝当月招聘人数÷当月求职登记人数；无人登记的工种没有倍率，不参加排名。</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date format</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>Monthly statistics</source>
        <translation>月度统计</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>%1 (to date)</source>
        <translation>%1（截至今天）</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>Save report (CSV)</source>
        <translation>保存报表（CSV）</translation>
    </message>
    <message>
        <source>Demand and supply: people wanted for each seeker</source>
        <translation>求人倍率：每位求职者对应的招聘人数</translation>
    </message>
    <message>
        <source>by trade</source>
        <translation>按工种</translation>
    </message>
    <message>
        <source>by industry</source>
        <translation>按行业</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>工种</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>People wanted</source>
        <translation>招聘人数</translation>
    </message>
    <message>
        <source>Seekers</source>
        <translation>求职人数</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>求人倍率</translation>
    </message>
    <message>
        <source>Daily average wage by trade</source>
        <translation>各工种日均工资</translation>
    </message>
    <message>
        <source>Yuan a day</source>
        <translation>元/天</translation>
    </message>
    <message>
        <source>Postings</source>
        <translation>岗位数</translation>
    </message>
    <message>
        <source>Nothing was registered or posted in this month.</source>
        <translation>该月没有求职登记，也没有发布岗位。</translation>
    </message>
    <message>
        <source>highest</source>
        <translation>最高</translation>
    </message>
    <message>
        <source>lowest</source>
        <translation>最低</translation>
    </message>
    <message>
        <source>no seekers</source>
        <translation>有岗无人</translation>
    </message>
    <message>
        <source>(industry unknown)</source>
        <translation>（行业未知）</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>零工市场</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <source>Seekers registered</source>
        <translation>求职登记人数</translation>
    </message>
    <message>
        <source>Applications by seekers (kiosk, online)</source>
        <translation>自助报名数（查询机、网上）</translation>
    </message>
    <message>
        <source>Recommendations at the window</source>
        <translation>窗口推荐数</translation>
    </message>
    <message>
        <source>Hires</source>
        <translation>到岗数</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %n seeker(s) registered</source>
        <translation>
            <numerusform>%1 至 %2：求职登记 %n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posting(s)</source>
        <translation>
            <numerusform>发布岗位 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) wanted</source>
        <translation>
            <numerusform>招聘 %n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) by seekers</source>
        <translation>
            <numerusform>自助报名 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation(s) at the window</source>
        <translation>
            <numerusform>窗口推荐 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hire(s)</source>
        <translation>
            <numerusform>到岗 %n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over the %n trade(s) listed: %1 yuan a day.</source>
        <translation>
            <numerusform>所列%n个工种平均：%1元/天。</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out of the averages: %1 paid by the piece, %2 paid by the project, %3 with no pay stated. Hourly pay counts for the hours a day a posting names (8 when it names none), monthly pay as 21.75 days.</source>
        <translation>未计入平均值：计件 %1 个、按项目 %2 个、未写工资 %3 个。按小时的工资按岗位写明的每天工作时长折算（未写明的按 8 小时），按月的工资按每月 21.75 天折算。</translation>
    </message>
    <message>
        <source>Daily average wage over the trades listed</source>
        <translation>所列工种平均日工资</translation>
    </message>
    <message>
        <source> (of these hires, followed up: %1 paid, %2 not paid)</source>
        <translation>（其中回访：工资已结清 %1 人、未结清 %2 人）</translation>
    </message>
</context>
<context>
    <name>lingong::StaffStatsNotice</name>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>month format</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>Gig market supply and demand, %1</source>
        <translation>%1零工市场供求信息公示</translation>
    </message>
    <message>
        <source>From %1 to %2; the month is not over yet.</source>
        <translation>统计时间：%1至%2（本月尚未结束）。</translation>
    </message>
    <message>
        <source>From %1 to %2.</source>
        <translation>统计时间：%1至%2。</translation>
    </message>
    <message>
        <source>%1. %2: %3 (%4 wanted, %5 registered)</source>
        <translation>%1. %2：%3（招聘%4人，求职登记%5人）</translation>
    </message>
    <message>
        <source>industry unknown</source>
        <translation>行业不明</translation>
    </message>
    <message>
        <source>%1 (%2 wanted)</source>
        <translation>%1（招聘%2人）</translation>
    </message>
    <message>
        <source>Seekers registered</source>
        <translation>求职登记</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n人</numerusform>
        </translation>
    </message>
    <message>
        <source>Postings published</source>
        <translation>发布岗位</translation>
    </message>
    <message numerus="yes">
        <source>%n posting(s)</source>
        <translation>
            <numerusform>%n个</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) wanted</source>
        <translation>
            <numerusform>招聘%n人</numerusform>
        </translation>
    </message>
    <message>
        <source>Hired through the hall</source>
        <translation>经本市场就业</translation>
    </message>
    <message>
        <source>Highest ratio, trades</source>
        <translation>求人倍率最高的工种</translation>
    </message>
    <message>
        <source>Lowest ratio, trades</source>
        <translation>求人倍率最低的工种</translation>
    </message>
    <message>
        <source>Highest ratio, industries</source>
        <translation>求人倍率最高的行业</translation>
    </message>
    <message>
        <source>Lowest ratio, industries</source>
        <translation>求人倍率最低的行业</translation>
    </message>
    <message>
        <source>Wanted, nobody registered</source>
        <translation>有岗无人的工种</translation>
    </message>
    <message>
        <source>Daily average wage</source>
        <translation>日均工资水平</translation>
    </message>
    <message>
        <source>Daily average wage by trade</source>
        <translation>各工种日均工资</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 yuan a day (%n posting(s))</source>
        <translation>
            <numerusform>%1：%2元/天（%n个岗位）</numerusform>
        </translation>
    </message>
    <message>
        <source>Ratio (jobs per seeker) = people wanted in the postings published in the month ÷ seekers registered in the month, by the first trade each seeker wants; above 1, more people are wanted than have registered.</source>
        <translation>求人倍率＝当月发布岗位的招聘人数÷当月求职登记人数，求职人员按第一意向工种计；大于1表示招聘人数多于求职人数。</translation>
    </message>
    <message>
        <source>Questions about these figures: %1.</source>
        <translation>对以上数据有疑问，请拨打：%1。</translation>
    </message>
    <message>
        <source>Nothing was registered or posted in %1: there is no notice to print.</source>
        <translation>%1没有求职登记，也没有发布岗位，没有可打印的公示。</translation>
    </message>
    <message>
        <source>Gig market supply and demand, %1 to %2</source>
        <translation>%1至%2零工市场供求信息公示</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>No jobs were posted in this month, so there is no ratio of jobs to seekers to rank.</source>
        <translation>本月没有发布岗位，无求人倍率可排名。</translation>
    </message>
    <message numerus="yes">
        <source>%1 yuan a day over the %n trade(s) below</source>
        <translation>
            <numerusform>%1元/天（以下%n个工种的平均）</numerusform>
        </translation>
    </message>
    <message>
        <source>* Fewer than %1 seekers registered: one person more or less changes this ratio a great deal.</source>
        <translation>* 求职登记不足%1人，增减一人倍率变化很大，仅供参考。</translation>
    </message>
    <message>
        <source>Daily wage: the middle of a posting&apos;s pay; hourly pay for the hours a day the posting names (8 when it names none), monthly pay as 21.75 days a month; weighted by the people wanted. Left out: %1 paid by the piece, %2 by the project, %3 with no pay stated.</source>
        <translation>日均工资：取岗位工资范围的中间值；按小时计的按岗位写明的每天工作时长折算（未写明的按8小时），按月计的按每月21.75天折算；按招聘人数加权平均。未计入：计件%1个、按项目%2个、未写工资%3个。</translation>
    </message>
    <message>
        <source>Published by %1, %2.</source>
        <translation>发布单位：%1&#x3000;发布日期：%2</translation>
    </message>
</context>
<context>
    <name>lingong::StaffSyncPage</name>
    <message>
        <source>Sent again</source>
        <translation>再次发送时</translation>
    </message>
    <message>
        <source>this window&apos;s value</source>
        <translation>用本窗口的</translation>
    </message>
    <message>
        <source>the platform&apos;s stays (not edited here)</source>
        <translation>保留平台的（本窗口未改）</translation>
    </message>
    <message>
        <source>Send this window&apos;s edit again</source>
        <translation>重新发送本窗口的修改</translation>
    </message>
    <message>
        <source>This window&apos;s edit is saved again over the platform&apos;s version and will be sent; the fields not edited here stay as the platform has them.</source>
        <translation>本窗口的修改已在平台版本上重新保存，将发送到平台；本窗口没有改过的项保留平台的内容。</translation>
    </message>
    <message>
        <source>When this program started, its configuration had these problems (correct them and start it again):</source>
        <translation>本程序启动时发现配置有以下问题（请改正后重新启动）：</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>The selected record&apos;s differing fields, both versions</source>
        <translation>所选记录中不同的项目，两边的版本</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&apos;color:#a4161a&apos;&gt;This computer&apos;s clock is %n minute(s) ahead of the platform&apos;s: the dates this window records (applications, ledger days, outcomes) would be wrong. Ask the administrator to set it, or to let it follow network time.&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:#a4161a&apos;&gt;本机时钟比平台快 %n 分钟：本窗口记录的日期（报名、台账日期、结果）会出错。请管理员校准时钟，或设为自动同步网络时间。&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&apos;color:#a4161a&apos;&gt;This computer&apos;s clock is %n minute(s) behind the platform&apos;s: the dates this window records (applications, ledger days, outcomes) would be wrong. Ask the administrator to set it, or to let it follow network time.&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:#a4161a&apos;&gt;本机时钟比平台慢 %n 分钟：本窗口记录的日期（报名、台账日期、结果）会出错。请管理员校准时钟，或设为自动同步网络时间。&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#a4161a&apos;&gt;This window has a public token, as kiosks and wall screens have: the platform refuses its job postings and sends it no seekers or applications from other terminals. Ask the administrator for a staff token.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#a4161a&apos;&gt;本窗口用的是公共令牌（自助查询机和大屏用的那种）：平台拒收它发布的岗位，也不向它发送其他终端登记的求职者和报名。请向管理员申请工作人员令牌。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#a4161a&apos;&gt;This window calls itself %1, but its token was issued for %2. If this window is %2, set hall.device_id to %2 in its configuration; if not, ask the administrator for a token of its own.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#a4161a&apos;&gt;本窗口的设备编号是 %1，但它的令牌是发给 %2 的。如果本窗口就是 %2，请在配置中把 hall.device_id 设为 %2；否则请向管理员申请本窗口自己的令牌。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>The administrator has dealt with it</source>
        <translation>系统管理员已处理</translation>
    </message>
    <message>
        <source>The warning about the platform&apos;s log is dismissed.</source>
        <translation>关于平台变更日志的提醒已关闭。</translation>
    </message>
    <message>
        <source>arrives with the next sync</source>
        <translation>下次同步时获取</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#a4161a&apos;&gt;The platform has lost changes: it was restored from an older copy or replaced (its change log ends at no. %1, this window had read up to no. %2). This window sends its own records again by itself: nothing needs typing in again here. Changes made at other terminals may be missing there and here: tell the administrator, then press the button below.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#a4161a&apos;&gt;平台丢失了部分修改：平台数据已从旧备份恢复或被更换（其变更日志只到第 %1 号，本窗口已读到第 %2 号）。本窗口会自动把自己的记录重新发送，这里不需要重新录入。其他终端的修改可能在平台和本窗口都缺失：请告知系统管理员，然后点下面的按钮。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Edited here</source>
        <translation>本窗口的修改</translation>
    </message>
    <message>
        <source>The platform&apos;s version</source>
        <translation>平台上的版本</translation>
    </message>
    <message>
        <source>They differ in</source>
        <translation>不同之处</translation>
    </message>
    <message>
        <source>not on the platform</source>
        <translation>平台上没有</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#a4161a&apos;&gt;refused by the platform&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#a4161a&apos;&gt;被平台拒绝&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Sync done.</source>
        <translation>同步完成。</translation>
    </message>
    <message>
        <source>Sync with the platform</source>
        <translation>与平台同步</translation>
    </message>
    <message>
        <source>Everything saved here is kept and sent when the network is up; nothing needs to be typed twice.</source>
        <translation>在此保存的内容都会保留，网络畅通时自动发送，无需重复录入。</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Edits the platform did not take: the record was changed there in the meantime</source>
        <translation>平台未采用的修改：该记录在平台上已被他人更新</translation>
    </message>
    <message>
        <source>Noticed</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Keep the platform&apos;s version</source>
        <translation>保留平台版本</translation>
    </message>
    <message>
        <source>Changes the platform refused</source>
        <translation>平台拒收的变更</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation>拒收原因</translation>
    </message>
    <message>
        <source>Correct the record on its page and save it: the corrected version is sent as a new change. Then dismiss the refusal.</source>
        <translation>请在相应页面改正该记录并保存，改正后的版本会作为新变更发送；然后将此拒收记录标为已处理。</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>已处理</translation>
    </message>
    <message>
        <source>No platform is configured: this window works stand-alone and keeps every change until one is.</source>
        <translation>未配置平台：本窗口单机工作，所有变更都会保留，待配置平台后发送。</translation>
    </message>
    <message>
        <source>Platform: %1</source>
        <translation>平台：%1</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#1e7b34&apos;&gt;online&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#1e7b34&apos;&gt;在线&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#a4161a&apos;&gt;offline&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#a4161a&apos;&gt;离线&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Connection: %1%2</source>
        <translation>连接：%1%2</translation>
    </message>
    <message>
        <source> — syncing now</source>
        <translation>——正在同步</translation>
    </message>
    <message>
        <source>Changes waiting to be sent: %1</source>
        <translation>待发送变更：%1 条</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>上次成功同步：%1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>尚未同步过</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#a4161a&apos;&gt;Last problem: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#a4161a&apos;&gt;最近的问题：%1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#a4161a&apos;&gt;Automatic retries stopped: the platform refused this terminal. An address or token corrected in the configuration file takes effect when this program is started again; once the platform&apos;s side is put right, press Sync now.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#a4161a&apos;&gt;已停止自动重试：平台拒绝了本终端。配置文件中改正的平台地址或令牌，要重新启动本程序后才生效；如果是平台那边已处理好，请点“立即同步”。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>deleted here</source>
        <translation>本窗口已删除</translation>
    </message>
    <message>
        <source>The platform&apos;s version stays; this window&apos;s edit is closed.</source>
        <translation>已保留平台版本，本窗口的修改已关闭。</translation>
    </message>
    <message>
        <source>This window&apos;s version is saved again and will be sent.</source>
        <translation>本窗口版本已重新保存，将发送到平台。</translation>
    </message>
    <message>
        <source>The refusal is dismissed.</source>
        <translation>拒收记录已处理。</translation>
    </message>
</context>
<context>
    <name>lingong::StaffSyncStrip</name>
    <message>
        <source>Stand-alone</source>
        <translation>单机</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>正在同步</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Sync problem</source>
        <translation>同步异常</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n 条待发送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n 条待处理</numerusform>
        </translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>上次同步 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) kept here until a platform is set up</source>
        <translation>
            <numerusform>%n 条记录留在本机，设置平台后发送</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lingong::StaffWindow</name>
    <message numerus="yes">
        <source>%n job seeker(s) reached the age of an older worker and moved to the priority tier.</source>
        <translation>
            <numerusform>%n 名求职者已到大龄年龄，已列为困难人员优先帮扶。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <source>Not saved yet: what was typed on %1.</source>
        <translation>“%1”页上填写的内容尚未保存。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Go back to it</source>
        <translation>返回继续填写</translation>
    </message>
    <message>
        <source>Sign out and lose it?</source>
        <translation>退出登录并丢弃这些内容吗？</translation>
    </message>
    <message>
        <source>Discard and sign out</source>
        <translation>丢弃并退出登录</translation>
    </message>
    <message>
        <source>Close the window and lose it?</source>
        <translation>关闭窗口并丢弃这些内容吗？</translation>
    </message>
    <message>
        <source>Discard and close</source>
        <translation>丢弃并关闭</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>月度统计</translation>
    </message>
    <message>
        <source>One-stop service window — %1</source>
        <translation>一站式服务窗口 — %1</translation>
    </message>
    <message numerus="yes">
        <source>%n posting(s) past their valid-until date expired.</source>
        <translation>
            <numerusform>%n个岗位已过有效期，自动下线。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 · One-stop service window</source>
        <translation>%1 · 一站式服务窗口</translation>
    </message>
    <message>
        <source>Lock (Ctrl+L)</source>
        <translation>锁定 (Ctrl+L)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Job seekers</source>
        <translation>求职登记</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>岗位管理</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>岗位审核</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>用工单位</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>即时快招</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>报名队列</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉求助</translation>
    </message>
    <message>
        <source>Work ledger</source>
        <translation>工作台账</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>信息发布</translation>
    </message>
    <message>
        <source>Accounts &amp; log</source>
        <translation>账户与日志</translation>
    </message>
    <message>
        <source>No demo account in this database: start with --seed-demo to render the other screens.</source>
        <translation>此数据库没有演示账户：请加 --seed-demo 启动以生成其他界面截图。</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
</context>
<context>
    <name>lingong::StoreProblemScreen</name>
    <message>
        <source>This self-service terminal is out of service</source>
        <translation>自助查询机暂停服务</translation>
    </message>
    <message>
        <source>Information cannot be shown right now</source>
        <translation>信息暂时无法显示</translation>
    </message>
    <message>
        <source>Please go to the service window, or call the hotline %1.</source>
        <translation>请到服务窗口办理，或拨打服务热线 %1。</translation>
    </message>
    <message>
        <source>For staff: the local database cannot be opened (%1). It is tried again every %2 seconds.</source>
        <translation>致工作人员：本机数据库无法打开（%1），每 %2 秒自动重试。</translation>
    </message>
</context>
<context>
    <name>lingong::SyncDesk</name>
    <message>
        <source>pay followed up</source>
        <translation>工资回访</translation>
    </message>
    <message>
        <source>pay followed up at</source>
        <translation>工资回访时间</translation>
    </message>
    <message>
        <source>The platform&apos;s version of this record has not arrived yet. Press Sync now, then decide.</source>
        <translation>平台上这条记录的版本还没有同步过来。请先点“立即同步”，再作决定。</translation>
    </message>
    <message>
        <source>why review did not pass it</source>
        <translation>审核未通过原因</translation>
    </message>
    <message>
        <source>recommended at a window</source>
        <translation>窗口推荐</translation>
    </message>
    <message>
        <source>job</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>job seeker</source>
        <translation>求职者</translation>
    </message>
    <message>
        <source>recommended at</source>
        <translation>推荐时间</translation>
    </message>
    <message>
        <source>interviewed at</source>
        <translation>面试时间</translation>
    </message>
    <message>
        <source>outcome recorded at</source>
        <translation>结果登记时间</translation>
    </message>
    <message>
        <source>clerk</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>what it says</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>record it is about</source>
        <translation>所涉记录</translation>
    </message>
    <message>
        <source>struck out because</source>
        <translation>划去原因</translation>
    </message>
    <message>
        <source>handled by</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>closed at</source>
        <translation>办结时间</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>education</source>
        <translation>文化程度</translation>
    </message>
    <message>
        <source>trades wanted</source>
        <translation>求职工种</translation>
    </message>
    <message>
        <source>districts wanted</source>
        <translation>意向区域</translation>
    </message>
    <message>
        <source>when they can start</source>
        <translation>到岗时间</translation>
    </message>
    <message>
        <source>expected pay</source>
        <translation>期望薪酬</translation>
    </message>
    <message>
        <source>training wishes</source>
        <translation>培训意愿</translation>
    </message>
    <message>
        <source>interest in starting a business</source>
        <translation>创业意向</translation>
    </message>
    <message>
        <source>difficulties</source>
        <translation>困难类别</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>This person&apos;s records have been merged into one since, so this change cannot be sent again. Open the person and make it there, then keep the platform&apos;s version here.</source>
        <translation>此人的记录此后已合并为一条，这项修改不能再次发送。请打开此人在合并后的记录上重新修改，然后在这里保留平台版本。</translation>
    </message>
    <message>
        <source>other details</source>
        <translation>其他信息</translation>
    </message>
    <message>
        <source>title</source>
        <translation>岗位名称</translation>
    </message>
    <message>
        <source>trade</source>
        <translation>工种</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>skills</source>
        <translation>技能</translation>
    </message>
    <message>
        <source>place</source>
        <translation>工作地点</translation>
    </message>
    <message>
        <source>working hours</source>
        <translation>工作时间</translation>
    </message>
    <message>
        <source>pay</source>
        <translation>薪资</translation>
    </message>
    <message>
        <source>settlement</source>
        <translation>结算方式</translation>
    </message>
    <message>
        <source>form of work</source>
        <translation>用工形式</translation>
    </message>
    <message>
        <source>people wanted</source>
        <translation>招聘人数</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>开工日期</translation>
    </message>
    <message>
        <source>valid until</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>employer</source>
        <translation>用工单位</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>public-welfare post</source>
        <translation>公益性岗位</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名/名称</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>district</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>This conflict is no longer listed.</source>
        <translation>此冲突已不在列表中。</translation>
    </message>
    <message>
        <source>This kind of record (%1) cannot be sent again from here.</source>
        <translation>此类记录（%1）不能在这里重新发送。</translation>
    </message>
    <message>
        <source>This refusal is no longer listed.</source>
        <translation>此拒收记录已不在列表中。</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>用工单位</translation>
    </message>
    <message>
        <source>Job seeker</source>
        <translation>求职者</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>Information item</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Ledger entry</source>
        <translation>台账记录</translation>
    </message>
    <message>
        <source>Complaint or request</source>
        <translation>投诉求助</translation>
    </message>
    <message>
        <source>Service record</source>
        <translation>服务记录</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>报名号 %1</translation>
    </message>
    <message>
        <source>placement</source>
        <translation>到岗记录</translation>
    </message>
</context>
<context>
    <name>lingong::SyncEngine</name>
    <message>
        <source>The platform&apos;s certificate does not match the pinned fingerprint (sync.pinned_sha256). If the platform&apos;s certificate was renewed, set sync.pinned_sha256 to the new one&apos;s SHA-256.</source>
        <translation>平台证书与预置的指纹（sync.pinned_sha256）不符。如果平台更换了证书，请把 sync.pinned_sha256 设为新证书的 SHA-256。</translation>
    </message>
    <message>
        <source>No connection to the platform (%1). This computer does not trust its certificate: pin it with sync.pinned_sha256, or install the authority that issued it.</source>
        <translation>无法连接平台（%1）。本机不信任平台的证书：请用 sync.pinned_sha256 预置其指纹，或安装签发该证书的机构证书。</translation>
    </message>
    <message>
        <source>No connection to the platform (%1). Check that it is running, and the address, port and http or https in sync.url.</source>
        <translation>无法连接平台（%1）。请确认平台正在运行，并检查 sync.url 中的地址、端口以及 http 或 https。</translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) ahead of the platform&apos;s: the dates it records would be wrong. Set it, or let it follow network time.</source>
        <translation>
            <numerusform>本机时钟比平台快 %n 分钟：它记录的日期会出错。请校准时钟，或让它自动与网络时间同步。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) behind the platform&apos;s: the dates it records would be wrong. Set it, or let it follow network time.</source>
        <translation>
            <numerusform>本机时钟比平台慢 %n 分钟：它记录的日期会出错。请校准时钟，或让它自动与网络时间同步。</numerusform>
        </translation>
    </message>
    <message>
        <source>sync.token is a public token, as kiosks and wall screens have: the platform refuses a service window&apos;s postings and sends it no seekers or applications. Ask the administrator for a staff token.</source>
        <translation>sync.token 是公共令牌（自助查询机和大屏用的）：平台拒收服务窗口发布的岗位，也不发给它求职者和报名信息。请向管理员要一个工作人员令牌。</translation>
    </message>
    <message>
        <source>sync.token is a staff token: a kiosk or wall screen must have a public one, so that it holds no one&apos;s personal data. Ask the administrator for a public token.</source>
        <translation>sync.token 是工作人员令牌：自助查询机和大屏必须用公共令牌，才不会存放任何人的个人信息。请向管理员要一个公共令牌。</translation>
    </message>
    <message>
        <source>This terminal calls itself %1 (hall.device_id), but its token was issued for %2. If it is %2, set hall.device_id to %2; if not, ask the administrator for a token of its own.</source>
        <translation>本终端的设备编号是 %1（hall.device_id），但令牌是发给 %2 的。如果本终端就是 %2，请把 hall.device_id 设为 %2；否则请向管理员要一个本终端自己的令牌。</translation>
    </message>
    <message>
        <source>The platform&apos;s change log ends at no. %1, before no. %2 that this terminal has read: it was restored from an older copy or replaced. What this terminal had sent past it was sent again; tell the administrator.</source>
        <translation>平台的变更日志止于第 %1 号，早于本终端已读到的第 %2 号：平台是从较早的备份恢复的或被更换了。本终端此前发出、平台在该点之后收下的内容已重新发送；请告知管理员。</translation>
    </message>
    <message>
        <source>The platform did not answer in time. This terminal tries again by itself; if this goes on, check the network and that the platform is running.</source>
        <translation>平台未在规定时间内应答。本终端会自动重试；如果一直这样，请检查网络，并确认平台在运行。</translation>
    </message>
    <message>
        <source>The platform did not accept this terminal&apos;s token (401). Check sync.token in the configuration file, then start this program again: it reads the file when it starts.</source>
        <translation>平台不接受本终端的令牌（401）。请检查配置文件中的 sync.token，改好后重新启动本程序：配置文件在启动时读取。</translation>
    </message>
    <message>
        <source>Nothing at the platform address answers the sync protocol (%1). Check sync.url in the configuration file: it is the platform&apos;s base address, without /api/v1. Then start this program again: it reads the file when it starts.</source>
        <translation>平台地址上没有同步服务应答（%1）。请检查配置文件中的 sync.url：应填写平台的基础地址，不带 /api/v1。改好后重新启动本程序：配置文件在启动时读取。</translation>
    </message>
    <message>
        <source>The platform answered %1.</source>
        <translation>平台应答 %1。</translation>
    </message>
    <message>
        <source>No connection to the platform (%1).</source>
        <translation>无法连接平台（%1）。</translation>
    </message>
    <message>
        <source>The platform&apos;s answer was cut off or unreadable.</source>
        <translation>平台的应答不完整或无法读取。</translation>
    </message>
    <message>
        <source>The platform answered %1: %2</source>
        <translation>平台应答 %1：%2</translation>
    </message>
</context>
<context>
    <name>lingong::TieredService</name>
    <message>
        <source>Career guidance for a job seeker</source>
        <translation>为求职人员提供职业指导</translation>
    </message>
    <message>
        <source>This guidance was recorded for the person today already, at %1.</source>
        <translation>今天%1已为此人记录过这项指引。</translation>
    </message>
    <message>
        <source>Guidance on employment registration</source>
        <translation>就业登记指引</translation>
    </message>
    <message>
        <source>Guidance on basic pension insurance for enterprise employees</source>
        <translation>企业职工基本养老保险参保指引</translation>
    </message>
    <message>
        <source>Guidance on occupational-injury cover for the new forms of employment</source>
        <translation>新就业形态职业伤害保障参保指引</translation>
    </message>
    <message>
        <source>The kind of service is not known.</source>
        <translation>服务类别不在可选范围内。</translation>
    </message>
    <message>
        <source>This job seeker no longer exists.</source>
        <translation>此求职者已不存在。</translation>
    </message>
    <message>
        <source>Career guidance for a job seeker in difficulty</source>
        <translation>为困难零工人员提供职业指导</translation>
    </message>
    <message>
        <source>Training referral for a job seeker in difficulty</source>
        <translation>为困难零工人员推荐技能培训</translation>
    </message>
</context>
<context>
    <name>lingong::TouchKeypad</name>
    <message>
        <source>Deleted: enter it again</source>
        <translation>已删除，请重新输入</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>退格</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
</context>
<context>
    <name>lingong::staffui</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>lingong::validation</name>
    <message>
        <source>ID number: it gives a birth date of %1, over %2 years ago. Check the number on the ID card.</source>
        <translation>身份证号：出生日期为 %1，已超过 %2 年，请核对身份证上的号码。</translation>
    </message>
    <message>
        <source>District: &quot;%1&quot; is not a whole district or county name. Choose one from the list, or write it in full, e.g. 南宁市青秀区.</source>
        <translation>所在区县：“%1”不是完整的区县名称。请从列表中选择，或写全称，例如：南宁市青秀区。</translation>
    </message>
    <message>
        <source>ID number: this person is under %1. Children may not be registered for work.</source>
        <translation>身份证号码：此人未满%1周岁，不能登记求职。</translation>
    </message>
    <message>
        <source>ID number is required.</source>
        <translation>请填写身份证号码。</translation>
    </message>
    <message>
        <source>ID number: a 15-digit number may contain digits only.</source>
        <translation>身份证号码：15 位号码只能包含数字。</translation>
    </message>
    <message>
        <source>ID number must have 18 characters.</source>
        <translation>身份证号码必须是 18 位。</translation>
    </message>
    <message>
        <source>ID number: the first 17 characters must be digits.</source>
        <translation>身份证号码：前 17 位必须是数字。</translation>
    </message>
    <message>
        <source>ID number: the last character must be a digit or X.</source>
        <translation>身份证号码：最后一位必须是数字或 X。</translation>
    </message>
    <message>
        <source>ID number: the area code is not valid.</source>
        <translation>身份证号码：地区代码不正确。</translation>
    </message>
    <message>
        <source>ID number: the birth date is not a real date.</source>
        <translation>身份证号码：出生日期不是有效日期。</translation>
    </message>
    <message>
        <source>ID number: the birth date is in the future.</source>
        <translation>身份证号码：出生日期晚于今天。</translation>
    </message>
    <message>
        <source>ID number: the check character does not match; please check every digit.</source>
        <translation>身份证号码：校验位不符，请逐位核对。</translation>
    </message>
    <message>
        <source>Mobile number is required.</source>
        <translation>请填写手机号码。</translation>
    </message>
    <message>
        <source>Mobile number must have 11 digits starting with 13 to 19.</source>
        <translation>手机号码必须是 11 位，以 13 至 19 开头。</translation>
    </message>
    <message>
        <source>Contact phone is required.</source>
        <translation>请填写联系电话。</translation>
    </message>
    <message>
        <source>Contact phone must be a mobile number or a landline with area code, e.g. 0771-5551234.</source>
        <translation>联系电话必须是手机号码或带区号的固定电话，例如 0771-5551234。</translation>
    </message>
    <message>
        <source>Unified social credit code is required.</source>
        <translation>请填写统一社会信用代码。</translation>
    </message>
    <message>
        <source>Unified social credit code must have 18 characters.</source>
        <translation>统一社会信用代码必须是 18 位。</translation>
    </message>
    <message>
        <source>Unified social credit code contains a character that is not allowed.</source>
        <translation>统一社会信用代码含有不允许的字符。</translation>
    </message>
    <message>
        <source>Unified social credit code: the area code is not valid.</source>
        <translation>统一社会信用代码：行政区划码不正确。</translation>
    </message>
    <message>
        <source>Unified social credit code: the check character does not match; please check every character against the business licence.</source>
        <translation>统一社会信用代码：校验位不符，请对照营业执照逐位核对。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>No display to show on: set DISPLAY (or QT_QPA_PLATFORM), or render the screens with --screenshots DIR.</source>
        <translation>没有可显示的屏幕：请设置 DISPLAY（或 QT_QPA_PLATFORM），或用 --screenshots 目录 生成各屏画面。</translation>
    </message>
    <message>
        <source>Try &apos;lingong --help&apos;.</source>
        <translation>请运行“lingong --help”查看用法。</translation>
    </message>
    <message>
        <source>Demo jobs: %1 of %2</source>
        <translation>演示岗位：%1 / %2</translation>
    </message>
    <message>
        <source>--listen must look like 127.0.0.1:8470.</source>
        <translation>--listen 的格式应为 127.0.0.1:8470。</translation>
    </message>
    <message>
        <source>Hub listening on %1:%2</source>
        <translation>同步服务正在监听 %1:%2</translation>
    </message>
    <message>
        <source>The hub needs --tokens FILE: a file with one &apos;token scope device_id&apos; line per device (scope public or staff).</source>
        <translation>枢纽需要 --tokens 文件：每台设备一行“令牌 范围 设备编号”（范围为 public 或 staff）。</translation>
    </message>
    <message>
        <source>The token file %1 has no tokens.</source>
        <translation>令牌文件 %1 中没有令牌。</translation>
    </message>
    <message>
        <source>No platform URL in the configuration: nothing to sync with.</source>
        <translation>配置中没有平台地址：无可同步的对象。</translation>
    </message>
    <message>
        <source>Synced; %1 changes still waiting.</source>
        <translation>同步完成；仍有 %1 条变更待发送。</translation>
    </message>
    <message>
        <source>Hub demo: %1 changes added to the log.</source>
        <translation>枢纽演示数据：已向日志添加 %1 条变更。</translation>
    </message>
</context>
</TS>
