-- Schema 9: a picture for every trade. occupation.icon (since schema 1) now holds the trade's
-- pictogram, an emoji the kiosk draws with Noto Color Emoji; '' keeps the kiosk's character badge.
-- Until now it held a name of a picture that was never shipped (construction, bricks, ...).
--
-- 1. The shipped trades get the same pictures as resources/data/occupations.json, by name.
UPDATE occupation SET icon = CASE name
    WHEN '建筑搬运' THEN '🏗️'
    WHEN '泥瓦工' THEN '🧱'
    WHEN '木工' THEN '🪚'
    WHEN '电工' THEN '💡'
    WHEN '维修安装' THEN '🔧'
    WHEN '水电安装' THEN '🚰'
    WHEN '家政保洁' THEN '🧹'
    WHEN '育婴护理' THEN '👶'
    WHEN '养老护工' THEN '👵'
    WHEN '酒店餐饮' THEN '🍽️'
    WHEN '厨师帮厨' THEN '🧑‍🍳'
    WHEN '装卸搬运' THEN '📦'
    WHEN '仓储分拣' THEN '🗃️'
    WHEN '外卖快递' THEN '🛵'
    WHEN '驾驶员' THEN '🚚'
    WHEN '保安' THEN '🛡️'
    WHEN '商超促销' THEN '🛒'
    WHEN '农业采收' THEN '🍊'
    WHEN '绿化养护' THEN '🌳'
    WHEN '服装加工' THEN '🧵'
    WHEN '普工' THEN '🏭'
    WHEN '网络直播' THEN '📱'
    WHEN '创意设计' THEN '🎨'
    WHEN '活动执行' THEN '🎉'
    ELSE icon END;
-- 2. A trade staff renamed still carries the old picture name: its picture follows it.
UPDATE occupation SET icon = CASE icon
    WHEN 'construction' THEN '🏗️'
    WHEN 'bricks' THEN '🧱'
    WHEN 'carpentry' THEN '🪚'
    WHEN 'electric' THEN '💡'
    WHEN 'repair' THEN '🔧'
    WHEN 'plumbing' THEN '🚰'
    WHEN 'cleaning' THEN '🧹'
    WHEN 'baby' THEN '👶'
    WHEN 'care' THEN '👵'
    WHEN 'restaurant' THEN '🍽️'
    WHEN 'kitchen' THEN '🧑‍🍳'
    WHEN 'moving' THEN '📦'
    WHEN 'warehouse' THEN '🗃️'
    WHEN 'delivery' THEN '🛵'
    WHEN 'driver' THEN '🚚'
    WHEN 'security' THEN '🛡️'
    WHEN 'shop' THEN '🛒'
    WHEN 'farm' THEN '🍊'
    WHEN 'garden' THEN '🌳'
    WHEN 'sewing' THEN '🧵'
    WHEN 'factory' THEN '🏭'
    WHEN 'live' THEN '📱'
    WHEN 'design' THEN '🎨'
    WHEN 'event' THEN '🎉'
    ELSE icon END;
-- 3. Any other plain name never had a picture either: the badge again.
UPDATE occupation SET icon = '' WHERE icon <> '' AND icon NOT GLOB '*[^ -~]*';
