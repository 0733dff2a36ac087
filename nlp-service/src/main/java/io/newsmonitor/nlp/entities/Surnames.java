package io.newsmonitor.nlp.entities;

import java.util.Set;

/**
 * Chinese surnames, used to tell a recognised name from a slogan or a place that the HMM recogniser
 * tagged as a person (保安全, 成渝, 乐至). Two lists: common surnames for three-character names, and
 * for two-character names only those that rarely begin an ordinary word (so 全域, 康养, 文旅 are not
 * names although 全, 康 and 文 are surnames).
 */
final class Surnames {

    private static final String UNAMBIGUOUS =
            "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
                    + "任沈姚卢姜崔钟谭陆汪范石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯史陶黎贺顾毛郝龚邵钱严覃"
                    + "戴莫孔汤施樊葛邢乔伍庞颜倪庄聂鲁岳翟殷詹欧耿焦俞柳祝舒阮柯纪梅童凌毕裴霍涂苗翁冉骆靳柴"
                    + "鲍喻祁蒲滕饶牟艾尤穆卓缪褚娄窦戚岑蔺";

    private static final String AMBIGUOUS =
            "高金龙武向常温康文牛安齐章申关兰左甘包宁尚符单季成谷盛曲蓝路游辛管蒙华房屈解阳时农司古吉"
                    + "简车项连芦麦景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎"
                    + "甄丛仲虞敖巩明佘池查麻苑迟邝万易";

    private static final Set<String> COMPOUND = Set.of(
            "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "长孙", "宇文",
            "司徒", "夏侯", "端木", "西门", "南宫", "独孤");

    private Surnames() {
    }

    /** True if the name starts with any surname in these lists. */
    static boolean isSurname(String name) {
        String first = name.substring(0, 1);
        return name.length() >= 2 && COMPOUND.contains(name.substring(0, 2))
                || UNAMBIGUOUS.contains(first)
                || AMBIGUOUS.contains(first);
    }

    /** True if the name starts with a surname plausible for a name of its length. */
    static boolean plausible(String name) {
        if (name.length() >= 3 && COMPOUND.contains(name.substring(0, 2))) {
            return true;
        }
        String first = name.substring(0, 1);
        if (UNAMBIGUOUS.contains(first)) {
            return true;
        }
        return name.length() >= 3 && AMBIGUOUS.contains(first);
    }
}
