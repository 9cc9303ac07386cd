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
    <name>lingong::DisplayWindow</name>
    <message>
        <source>Information screen</source>
        <translation>信息发布大屏</translation>
    </message>
    <message>
        <source>Guangxi Gig Market · %1</source>
        <translation>广西零工市场 · %1</translation>
    </message>
    <message>
        <source>Data updated at %1</source>
        <translation>数据更新于 %1</translation>
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
    <name>lingong::KioskWindow</name>
    <message>
        <source>Self-service kiosk</source>
        <translation>自助查询机</translation>
    </message>
    <message>
        <source>Tap a trade to see its jobs</source>
        <translation>点击工种，查看岗位</translation>
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
        <source>Data as of %1</source>
        <translation>数据截至 %1</translation>
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