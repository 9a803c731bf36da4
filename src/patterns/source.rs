//! The source of every pattern the analysis runs over a report's text, each written
//! once. `build.rs` includes this file (it uses nothing but `std`) and compiles every
//! pattern into a DFA ahead of time, so no process compiles them; the names here are the
//! names of the compiled statics in [`crate::patterns`].

/// A Gregorian year as reports write it, in digits: `19xx` or `20xx`. The one pattern
/// every year-reading pattern is built from.
pub const YEAR: &str = r"(?:19|20)[0-9]{2}";

/// The digits of a year written in Chinese numerals, once for the patterns and the scans.
macro_rules! chinese_year_digits {
    () => {
        "〇○零一二三四五六七八九"
    };
}

/// The characters of [`CHINESE_YEAR_DIGITS`].
pub const CHINESE_YEAR_DIGIT_CHARS: &str = chinese_year_digits!();

/// A year written digit by digit in Chinese numerals (`二〇二一`, `二零零四`).
pub const CHINESE_YEAR_DIGITS: &str = concat!("[", chinese_year_digits!(), "]{4}");

/// A year as a comparison writes it before `年`: digits (`2019`, ROC `107`) or Chinese
/// numerals (`二〇〇三`).
pub const WRITTEN_YEAR: &str = concat!("(?:[0-9]{2,4}|[", chinese_year_digits!(), "]{4})");

/// The year before, as a comparison names it (`上年`, `上一年度`, `去年度`, `前一年`),
/// or its end (`上年末`, `去年底`: a stock against the one a year before).
pub const PREVIOUS_YEAR: &str = "(?:(?:上一?年度?|去年度?|前一年)(?:末|底)?)";

/// The end of a five-year plan, as a comparison names it (`“十三五”末`, `十二五期末`).
pub const PLAN_END: &str = "[“\"]?十[一二三四]?五[”\"]?(?:期末|末)";

/// Chinese digits (everyday, financial) and scale characters, after simplification.
pub const CHINESE_DIGITS: &str = "零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖";
pub const CHINESE_SCALES: &str = "十拾百佰千仟万亿";

/// A number in a non-quantity rule: Arabic digits or a run of Chinese numerals.
const NUM: &str = "[0-9]+|[〇零一二两三四五六七八九十百]+";

/// Every pattern compiled at build time: the name of its static, and its source.
pub fn patterns() -> Vec<(&'static str, String)> {
    let cn = format!("[{CHINESE_DIGITS}{CHINESE_SCALES}]+(?:点[{CHINESE_DIGITS}]+)?");
    let ar = r"[0-9]+(?:,[0-9]+)*(?:\.[0-9]+)?";
    // A part of a mixed number: digits, grouped by thousands or with a decimal part
    // (`1亿2,300万`, `3.5万`). A mixed number may end in four digits (`2万3,456`).
    let group = r"(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+(?:\.[0-9]+)?)";
    vec![
        // The number grammar: one alternative per form, the longest forms first. The
        // group names document the alternatives; `extract::number` tells which one
        // matched from its text.
        (
            "NUMBER_GRAMMAR",
            format!(
                r"(?P<per>(?:百分之|千分之|万分之)(?:{ar}|{cn}))|(?P<cnfrac>(?P<den>{cn})分之(?P<num>{cn}))|(?P<arfrac>(?P<anum>[0-9]{{1,3}})/(?P<aden>[0-9]{{1,3}}))|(?P<mixed>[0-9]+(?:\.[0-9]+)?[万亿](?:{group}[千百万])*(?:{group}[千百万]|[0-9],?[0-9]{{3}}))|(?P<ar>{ar})|(?P<half>半成)|(?P<cn>{cn})"
            ),
        ),
        // An environmental organ: an environment word, then the organ suffix, possibly
        // after a joined portfolio (`生态环境局`, `环境保护和水务局`, `人居环境委员会`,
        // `环保局`, `环境部`). The organ words are specific: a bare `局` or `厅` (`省厅`)
        // names no agency.
        (
            "ORGAN",
            r"(?:生态环境|环境保护|环保|人居环境|环境)(?:和\p{Han}{1,4}?)?(?:委员会|分局|局|厅|署|部)".into(),
        ),
        // A publication timestamp (`2022-03-31 13:24:40`, `2022年3月31日`).
        (
            "TIMESTAMP",
            format!(
                r"{YEAR}(?:[-/.][0-9]{{1,2}}[-/.][0-9]{{1,2}}|年[0-9]{{1,2}}月[0-9]{{1,2}}日)(?:\s*[0-9]{{1,2}}:[0-9]{{2}}(?::[0-9]{{2}})?)?"
            ),
        ),
        // A Gregorian year before `年`, not the end of a longer number.
        ("GREGORIAN_YEAR", format!(r"(?:^|[^0-9])({YEAR})年")),
        // A year of the ROC calendar (`112年`, `民国112年`, `(112)年`).
        ("ROC_YEAR", r"(?:^|[^0-9])(民国)?([0-9]{2,3})\)?年".into()),
        // The same as a non-quantity span, brackets included.
        (
            "ROC_YEAR_SPAN",
            r"(?:民国|民國)?[(（]?([0-9]{2,3})[)）]?年".into(),
        ),
        // `每X` before a number: the unit is per X.
        (
            "PER",
            r"每(立方米|立方公尺|公升|升|秒|小时|平方公里|平方米)".into(),
        ),
        // Comparison markers before a change verb: 同比, 环比, 按年, 较上年, 比2019年,
        // 比二〇一九年, 与上年相比, 较常年同期, 较基准年, 较“十三五”末, 较上月, 较上季度,
        // and adverbs of degree (分别, 依次, 累计, 大幅).
        (
            "CHANGE_MARKERS",
            format!(
                "(?:(?:同比|环比|按年|较同期|\
                 (?:较|比|与)(?:{PREVIOUS_YEAR}|前年|常年|(?:民国)?{WRITTEN_YEAR}年度?|基准年|{PLAN_END}|上一?个?月份?|上一?季度)(?:同期)?(?:相比)?\
                 )[,]?|分别|依次|均|累计|大幅|小幅|略有|有所|明显|继续|进一步|稳步)+$"
            ),
        ),
        // A comparison frame opening a comma clause (`不过和上年同期比,`, `与2016年相比,`).
        (
            "COMPARISON_FRAME",
            format!(
                "(?:和|与|同|较)({PREVIOUS_YEAR}|前年|常年|{WRITTEN_YEAR}年度?)(?:同期)?(?:相)?比(?:较)?,"
            ),
        ),
        // A year named relative to the writing (`今年`, `去年`, `明年`).
        ("RELATIVE_YEAR", r"今年|去年|前年|上年|明年".into()),
        // Part of a year: a range of months (`1—6月`, `一至三月份`), one month (`6月份`),
        // a half, a quarter or the first quarters; or a whole-year word, which ends the
        // part before it.
        (
            "YEAR_PART",
            r"(?x)
            (?P<from>[0-9]{1,2}|[一二三四五六七八九十]{1,3})月?\s*(?:—|–|-|~|～|至|到)\s*
                (?P<to>[0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*月
            | (?P<month>[0-9]{1,2}|[一二三四五六七八九十]{1,3})月份
            | (?P<framing>[0-9]{1,2}|[一二三四五六七八九十]{1,3})月,
            | (?:截至|截止到?)(?P<upto>[0-9]{1,2}|[一二三四五六七八九十]{1,3})月(?:底|末)
            | (?P<half>上|下)半年
            | 前(?P<first>[一二三两])季度
            | 第?(?P<quarter>[一二三四1-4])季度
            | (?P<whole>全年|年均|年平均)"
                .into(),
        ),
        // `去(112)年`: the text says which year `去年` is.
        ("LAST_YEAR_IS", r"去\(([0-9]{2,4})\)年".into()),
        // A table note giving the unit of a column (`浓度单位为微克/立方米`).
        (
            "UNIT_NOTE",
            r"([\p{Han}A-Za-z0-9.]+?)(?:的)?单位为([^,;。)\n]+)".into(),
        ),
        // A section number at the start of a line (`(一)`, `2、`), or `一是`.
        (
            "SECTION_NUMBER",
            r"(?m)^[ \t\u{3000}*#【\[]*(?:[(（]\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*[)）]|([0-9]{1,2}|[一二三四五六七八九十]{1,3})[、.．](?:[^0-9]|$))|(?:^|[。;；,:：\s])([一二三四五六七八九十]{1,2})是".into(),
        ),
        // A measure going from one value to another (`优良天数比例由上年的80.1%提高到
        // 85.5%`): what stands before the first value…
        (
            "PROGRESS_FROM",
            format!("(?:由|从)(?:(?:{WRITTEN_YEAR}年|{PREVIOUS_YEAR})(?:底|末)?)?的?$"),
        ),
        // …and between the two.
        (
            "PROGRESS_TO",
            format!(
                "^(?:提高|提升|增加|增长|上升|升高|下降|降低|减少|削减|降|升|增)?(?:到|至)(?:{WRITTEN_YEAR}年(?:底|末)?的?)?$"
            ),
        ),
        // Scope phrases at the start of a name: years, months, `全年`, `“十四五”时期`.
        (
            "LEADING_TIME",
            format!(
                r"^(?:\([0-9]{{1,2}}\)|[①-⑳]|{YEAR}(?:年度|年)|[0-9]{{2,3}}年|[0-9]{{1,2}}(?:[—\-至~][0-9]{{1,2}})?月份?(?:[0-9]{{1,2}}日)?|截至[^,]{{0,10}}?日|上半年|下半年|全年|去年|今年|前年|当年|年度|“[^”]{{1,8}}”(?:时期|期间)|\(\d+\)年)"
            ),
        ),
        // A particulate matter code in any case (`pm2.5`, `Pm10`).
        ("POLLUTANT_CODE", r"(?i)pm(2\.5|10)".into()),
    ]
}

/// The non-quantity rules: (kind, pattern). A match is a span of that kind; where two
/// rules match at one place, the one listed first wins (as in an alternation). The kind
/// is a `model::NonQuantityKind` as the export spells it.
pub fn non_quantity_rules() -> Vec<(&'static str, String)> {
    vec![
        // 2022-03-31, 2022/3/31, 2022年3月31日
        (
            "date",
            format!(r"{YEAR}[-/.](?:1[0-2]|0?[1-9])[-/.](?:3[01]|[12][0-9]|0?[1-9])"),
        ),
        (
            "date",
            format!(
                r"(?:{YEAR}年)?(?:{NUM})(?:[-—~～至到](?:{NUM}))?月(?:(?:{NUM})日|(?:{NUM})号|份|底|初|末|中旬|上旬|下旬)?"
            ),
        ),
        // 六·五世界环境日, 6·5
        ("date", format!(r"(?:{NUM})[·•](?:{NUM})")),
        ("time", r"[0-9]{1,2}:[0-5][0-9](?::[0-5][0-9])?".into()),
        // 2021年, 2019-2020年度, 二〇二一年
        (
            "year",
            format!(r"{YEAR}(?:[-—~～至到](?:19|20)?[0-9]{{2}})?年"),
        ),
        ("year", r"[〇零一二三四五六七八九]{4}年".into()),
        ("year", format!(r"{YEAR}(?:[-—~～至到]{YEAR})")),
        // 第一批, 第95百分位, 首批; 一级, 二级标准
        ("ordinal", format!(r"第(?:{NUM})")),
        ("ordinal", r"(?:[0-9]|[一二两三四五])级".into()),
        // a place in a ranking: 前三位, 后十名, 前10强
        ("ordinal", format!(r"[前后](?:{NUM})(?:位|名|强)")),
        // water quality classes: 优三类, 劣五类, 三类水质, 一、二类海水
        (
            "ordinal",
            r"[优劣][一二三四五六]类|[一二三四五六](?:[、~至到—-][一二三四五六])*类(?:水|海水|断面|标准|以上|功能区)".into(),
        ),
        // phases of a works: 二期工程, 3期项目
        (
            "ordinal",
            r"(?:[一二三四五六七八九十]+|[0-9]+)期(?:工程|项目|扩建|改造|建设)".into(),
        ),
        // a threshold inside a definition: AQI>100, AQI≦100
        ("code", r"[<>≤≥≦≧]=?[0-9]+(?:\.[0-9]+)?".into()),
        // an averaging period in a metric's name: 臭氧8小时第90百分位, 24小时平均
        ("code", format!(r"(?:{NUM})小时(?:第|平均|滑动|均值)")),
        // identifiers: standards (GB 3095-2012), phone numbers, web and mail addresses
        (
            "code",
            r"(?:GB|HJ|DB|GB/T|HJ/T)\s?[0-9]+(?:\.[0-9]+)?(?:[-—][0-9]{4})?".into(),
        ),
        (
            "code",
            r"0[0-9]{2,3}-[0-9]{7,8}(?:-[0-9]{1,4})?|(?:电话|手机|热线)[:：]?1[3-9][0-9]{9}".into(),
        ),
        // page footers: registration numbers, site codes, postcodes, street numbers
        // (`京ICP备12345678号-1`, `京公网安备11010502030123号`, `网站标识码1101000012`,
        // `邮编:123456`, `人民路88号`)
        (
            "code",
            r"(?:ICP备|ICP证|公网安备|网安备)[0-9]+号?(?:-[0-9]+)?|(?:网站标识码|标识码|邮编|邮政编码)[:：]?\s?[0-9]+|(?:路|街|巷|弄)[0-9]+号".into(),
        ),
        // hotlines: 拨打12369, 12369环保举报热线
        (
            "code",
            r"(?:拨打|致电)[0-9]{3,}|[0-9]{3,}(?:环保)?(?:举报)?(?:热线|专线)".into(),
        ),
        (
            "code",
            r"(?:https?://|www\.)[A-Za-z0-9./_%?=&#:+-]+|[A-Za-z0-9._-]+@[A-Za-z0-9.-]+".into(),
        ),
        // references to tables and figures: 表1, 图2, 附表3
        ("ordinal", r"(?:附表|附图|表|图)[0-9]+".into()),
        // enumeration inside a paragraph: (2)新建, （3）
        ("section_number", r"[(（][0-9]{1,2}[)）]".into()),
        // 5年来, 连续两年, 计划五年, 近8年
        (
            "period",
            format!(r"(?:{NUM})(?:个)?(?:年|个月|周)(?:来|以来|间|内|期间)?"),
        ),
        // 一企一策, 一市一策一专班 slogans; 十大, 六大攻坚行动
        ("name", r"一\p{Han}一\p{Han}(?:一\p{Han}+)?".into()),
        ("name", r"[一二三四五六七八九十]+大".into()),
    ]
}
