<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>lingong</name>
    <message>
        <source>%1 contains a discriminatory requirement: “%2”. Please remove it.</source>
        <translation>%1含有歧视性要求：“%2”。请删除。</translation>
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
        <source>Application %1 for “%2”</source>
        <translation>报名 %1：“%2”</translation>
    </message>
</context>
<context>
    <name>lingong::ComplaintService</name>
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
</context>
<context>
    <name>lingong::ConfigLoader</name>
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
    <message>
        <source>%1 people</source>
        <translation>招%1人</translation>
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
        <source>Seekers registered %1 · New jobs %2 · People wanted %3 · Matches %4 · Hired %5</source>
        <translation>求职登记 %1 人 · 新发布岗位 %2 个 · 招聘 %3 人 · 推荐对接 %4 次 · 成功上岗 %5 人</translation>
    </message>
    <message>
        <source>Jobs per seeker = people wanted ÷ seekers registered in the month; above 1 means more jobs than people.</source>
        <translation>求人倍率＝本月招聘人数÷求职登记人数，大于1表示岗位多于求职人员。</translation>
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
        <source>Too few trades this month to rank</source>
        <translation>本月数据不足，暂不排名</translation>
    </message>
    <message>
        <source>Most jobs per seeker</source>
        <translation>求人倍率最高</translation>
    </message>
    <message>
        <source>Fewest jobs per seeker</source>
        <translation>求人倍率最低</translation>
    </message>
    <message>
        <source>Pay converted to a day: hourly pay × 8 hours, monthly pay ÷ 21.75 days.</source>
        <translation>按天折算：小时工资×8小时，月工资÷21.75天。</translation>
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
        <source>%1 No seekers registered yet for: %2.</source>
        <translation>%1暂无求职登记的：%2。</translation>
    </message>
    <message>
        <source>%1 %2 piece-rate or per-project jobs are not included.</source>
        <translation>%1计件、按项目计酬的 %2 个岗位未计入。</translation>
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
        <source>Out of date: not updated for %1 minutes (since %2). Please check at the service window.</source>
        <translation>请注意：信息已有 %1 分钟未更新（最后更新 %2），可能不是最新，请以服务窗口为准。</translation>
    </message>
</context>
<context>
    <name>lingong::HubServer</name>
    <message>
        <source>Cannot listen on %1:%2.</source>
        <translation>无法在 %1:%2 上监听。</translation>
    </message>
</context>
<context>
    <name>lingong::JobValidation</name>
    <message>
        <source>Job title</source>
        <translation>岗位名称</translation>
    </message>
    <message>
        <source>Occupation</source>
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
        <translation>所在城区</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>详细地址</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>工作时间</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>薪酬</translation>
    </message>
    <message>
        <source>Minimum pay</source>
        <translation>最低薪酬</translation>
    </message>
    <message>
        <source>Maximum pay</source>
        <translation>最高薪酬</translation>
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
        <source>%1 is required.</source>
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
        <translation>%1不能高于最高薪酬。</translation>
    </message>
    <message>
        <source>%1 is not a known choice.</source>
        <translation>%1不是可选的项目。</translation>
    </message>
    <message>
        <source>%1 must be a whole number of at least 1.</source>
        <translation>%1必须是不小于 1 的整数。</translation>
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
</context>
<context>
    <name>lingong::KioskApplyPage</name>
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
        <source>You have already applied for this job</source>
        <translation>您已经报过这个岗位了</translation>
    </message>
    <message>
        <source>Your application has been received</source>
        <translation>报名成功</translation>
    </message>
    <message>
        <source>Please show this number at the service window.
We will call you on %1.</source>
        <translation>请记下报名号，到服务窗口出示。
工作人员会打 %1 与您联系。</translation>
    </message>
</context>
<context>
    <name>lingong::KioskAttractPage</name>
    <message>
        <source>Looking for work? Start here.</source>
        <translation>找零工，点这里</translation>
    </message>
    <message>
        <source>Today's jobs</source>
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
    <message numerus="yes">
        <source>%1 · %n worker(s) · starts %2</source>
        <translation>
            <numerusform>%1 · 招 %n 人 · %2开工</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lingong::KioskContentPage</name>
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
        <source>Public-welfare jobs: %n open now</source>
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
        <translation>求职人数：%1</translation>
    </message>
    <message>
        <source>Placements: %1</source>
        <translation>成功对接：%1</translation>
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
            <numerusform>%n 秒后将回到首页，并清除您输入的信息。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lingong::KioskHomePage</name>
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
    <message numerus="yes">
        <source>%1 · %n worker(s) · starts %2</source>
        <translation>
            <numerusform>%1 · 招 %n 人 · %2开工</numerusform>
        </translation>
    </message>
    <message>
        <source>Public-welfare job</source>
        <translation>公益性岗位</translation>
    </message>
</context>
<context>
    <name>lingong::KioskJobDetailPage</name>
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
        <source>Public-welfare job</source>
        <translation>公益性岗位</translation>
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
        <translation>计酬方式</translation>
    </message>
    <message>
        <source>Pay settled</source>
        <translation>结算方式</translation>
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
        <translation>所属行业</translation>
    </message>
    <message>
        <source>About the work</source>
        <translation>工作内容</translation>
    </message>
    <message>
        <source>This job is no longer open. Please go back and choose another one.</source>
        <translation>这个岗位已停止招聘。请返回选择其他岗位。</translation>
    </message>
</context>
<context>
    <name>lingong::KioskJobListPage</name>
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
        <source>Which kind of work?</source>
        <translation>想做哪种用工形式？</translation>
    </message>
    <message>
        <source>District: %1</source>
        <translation>区域：%1</translation>
    </message>
    <message>
        <source>Pay: %1</source>
        <translation>计酬：%1</translation>
    </message>
    <message>
        <source>Settled: %1</source>
        <translation>结算：%1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>形式：%1</translation>
    </message>
    <message>
        <source>No open jobs match these choices right now. Tap a filter above and choose "Any", or come back later.</source>
        <translation>暂时没有符合条件的岗位。请点上面的条件，选“不限”，或者过一会儿再来看看。</translation>
    </message>
    <message numerus="yes">
        <source>Page %1 of %2 · %n job(s)</source>
        <translation>
            <numerusform>第 %1 / %2 页 · 共 %n 个岗位</numerusform>
        </translation>
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
        <source>It opens the "Guangxi Jobs" online service: register, look for work and apply from home, any time.</source>
        <translation>打开“广西就业”网上服务：在家也能随时登记求职、找工作、报名。</translation>
    </message>
</context>
<context>
    <name>lingong::KioskRegisterPage</name>
    <message>
        <source>Register as a job seeker</source>
        <translation>求职登记</translation>
    </message>
    <message>
        <source>Please enter your ID card number.</source>
        <translation>请输入您的身份证号码。</translation>
    </message>
    <message>
        <source>18 characters. If the last one is X, tap the X key. We only show part of it back.</source>
        <translation>共18位。最后一位是X的，请点X键。输入完成后，屏幕上只显示部分号码。</translation>
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
        <source>What work would you like to do? Tap all that fit.</source>
        <translation>您想做什么工作？可以多选。</translation>
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
        <source>Would you like free training? Tap any that interest you.</source>
        <translation>想参加免费培训吗？感兴趣的点一下。</translation>
    </message>
    <message>
        <source>Are you thinking of starting your own small business?</source>
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
        <source>If so, tap it and we will look for suitable jobs for you first. Only the hall's staff will see this.</source>
        <translation>如果有，请点一下，我们会优先为您推荐合适的岗位。这些情况只有工作人员能看到。</translation>
    </message>
    <message>
        <source>I have been looking for work for more than half a year</source>
        <translation>找工作已经半年多了</translation>
    </message>
    <message>
        <source>My family's income is low at the moment</source>
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
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
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
</context>
<context>
    <name>lingong::KioskRightsPage</name>
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
        <source>Mobile number</source>
        <translation>手机号码</translation>
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
        <source>M/d HH:mm</source>
        <comment>deadline</comment>
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
</context>
<context>
    <name>lingong::KioskText</name>
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
        <source>%1/%2</source>
        <comment>month/day</comment>
        <translation>%1月%2日</translation>
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
        <source>%1
%n job(s)</source>
        <translation>
            <numerusform>%1
%n 个岗位</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
none today</source>
        <translation>%1
今日暂无</translation>
    </message>
</context>
<context>
    <name>lingong::KioskWindow</name>
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
        <source>Create or top up the demo data with N jobs (default %1), then continue.</source>
        <translation>创建或补足 N 个演示岗位（默认 %1），然后继续运行。</translation>
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
        <source>Hub: token file, one 'token scope device_id' per line.</source>
        <translation>同步服务：令牌文件，每行“令牌 权限 设备编号”。</translation>
    </message>
    <message>
        <source>Unknown mode '%1': use kiosk, staff, display or hub.</source>
        <translation>未知的运行模式“%1”：请使用 kiosk、staff、display 或 hub。</translation>
    </message>
    <message>
        <source>Unknown language '%1': use zh_CN or en.</source>
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
</context>
<context>
    <name>lingong::Playlist</name>
    <message>
        <source>Setting %1.%2 ignored (%3); the default is used.</source>
        <translation>已忽略设置 %1.%2（%3），使用默认值。</translation>
    </message>
    <message>
        <source>Page %1 left out (expected an object such as {"page": "jobs", "seconds": 20}).</source>
        <translation>已跳过页面 %1（应为对象，例如 {"page": "jobs", "seconds": 20}）。</translation>
    </message>
    <message>
        <source>Page %1 left out: it names no "page" (use one of: %2).</source>
        <translation>已跳过页面 %1：未写明 "page"（可用：%2）。</translation>
    </message>
    <message>
        <source>Page %1 left out: unknown page "%2" (use one of: %3).</source>
        <translation>已跳过页面 %1：未知页面 "%2"（可用：%3）。</translation>
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
        <source>a time window needs both "from" and "to"; the page plays all day</source>
        <translation>时段需要同时写明 "from" 和 "to"，该页面全天播放</translation>
    </message>
    <message>
        <source>expected a time such as "06:30"; the page plays all day</source>
        <translation>时间格式应如 "06:30"，该页面全天播放</translation>
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
    <name>lingong::SeekerService</name>
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
    <name>lingong::StaffWindow</name>
    <message>
        <source>One-stop service window — %1</source>
        <translation>一站式服务窗口 — %1</translation>
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
        <source>District</source>
        <translation>城区</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>lingong::TouchKeypad</name>
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
    <name>lingong::validation</name>
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
        <source>Unified social credit code: the check character does not match.</source>
        <translation>统一社会信用代码：校验位不符。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try 'lingong --help'.</source>
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
</context>
</TS>