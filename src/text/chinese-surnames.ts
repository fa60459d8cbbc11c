/**
 * The commonest Chinese surnames (with their traditional forms), nine in ten people's. Enrich: a role followed by
 * another word (外长理事会, "council of foreign ministers") is not a name, and a Han name that does not start with
 * one is a foreign name written by sound (朔尔茨). Clean: a byline's name after 记者 with nothing between opens with
 * one, where a verb would not (记者了解到, the reporter learned).
 */
export const CHINESE_SURNAMES: ReadonlySet<string> = new Set(
  ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤习温" +
    "張劉陳楊黃趙吳孫馬郭羅鄭謝許韓馮鄧蕭葉蘇呂盧鍾譚陸範賈韋鄒熊邱閆雷龍陶賀顧龔萬錢嚴湯").split(""),
);
