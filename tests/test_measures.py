"""Hand-checked table cases for measures (contract v2) and the number and unit forms of issue 11.

Each case is a short made-up news sentence and the complete list, in text order, of the facts
of the types the case looks at, with every v1 field and every measure field:
``(text, type, value, value_max, unit, approx, dimension, si_value, si_value_max, si_unit, per)``.
The helpers below build those tuples; the SI values were worked out by hand from the unit
definitions (1 亩 = 10000/15 m2, 1 市斤 = 0.5 kg, a year of 365.25 days, a month a twelfth of
it, ...), never copied from factx's output. Numbers compare with a relative tolerance of 1e-9,
units after NFKC (as the gold scorer does).
"""

from __future__ import annotations

import math
import unicodedata

import pytest

import factx
from factx.numerals import parse_number

NUM = ("quantity", "money", "percent")
DAT = ("date",)
ND = ("quantity", "money", "percent", "date")

YEAR = 365.25 * 86400
MONTH = YEAR / 12

#: Known misses, kept as strict xfails so that a fix is noticed.
KNOWN_MISSES: dict[str, str] = {}


def Q(text, value, unit, dim, si=None, si_unit=None, approx=None, vmax=None, si_max=None, per=None):
    return (text, "quantity", value, vmax, unit, approx, dim, si, si_max, si_unit, per)


def C(text, value, unit, approx=None, vmax=None, per=None):
    """A count: no SI value."""
    return (text, "quantity", value, vmax, unit, approx, "count", None, None, None, per)


def M(text, value, code, approx=None, vmax=None, per=None):
    return (text, "money", value, vmax, code, approx, "money", None, None, None, per)


def P(text, value, approx=None, vmax=None, unit="%"):
    return (text, "percent", value, vmax, unit, approx, "ratio", None, None, None, None)


def D(text, value):
    return (text, "date", value, None, None, None, None, None, None, None, None)


def case(id_, types, sentence, expected):
    marks = ()
    if id_ in KNOWN_MISSES:
        marks = pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[id_])
    return pytest.param(sentence, types, expected, id=id_, marks=marks)


def _same(a, b) -> bool:
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)
    if isinstance(a, str) and isinstance(b, str):
        return unicodedata.normalize("NFKC", a) == unicodedata.normalize("NFKC", b)
    return a == b


def check(sentence, types, expected):
    facts = [f for f in factx.extract(sentence) if f.type in types]
    for f in facts:
        assert sentence[f.start:f.end] == f.text
    got = [(f.text, f.type, f.value, f.value_max, f.unit, f.approx, f.dimension, f.si_value,
            f.si_value_max, f.si_unit, f.per) for f in facts]
    same = len(got) == len(expected) and all(
        len(g) == len(e) and all(map(_same, g, e)) for g, e in zip(got, expected, strict=True))
    assert same, f"\nsentence: {sentence}\n     got: {got}\nexpected: {expected}"


# ---------------------------------------------------------------------------------------
# SI values, unit by unit
# ---------------------------------------------------------------------------------------
SI = [
    # length
    case("len-公里", NUM, "这条高速公路全长3.5公里。", [Q("3.5公里", 3.5, "公里", "length", 3500, "m")]),
    case("len-千米", NUM, "隧道长12千米。", [Q("12千米", 12, "千米", "length", 12000, "m")]),
    case("len-km", NUM, "赛道全长42km。", [Q("42km", 42, "km", "length", 42000, "m")]),
    case("len-KM", NUM, "自驾线路总长1200KM。", [Q("1200KM", 1200, "KM", "length", 1200000, "m")]),
    case("len-米", NUM, "大桥主跨达1092米。", [Q("1092米", 1092, "米", "length", 1092, "m")]),
    case("len-厘米", NUM, "积雪深度达25厘米。", [Q("25厘米", 25, "厘米", "length", 0.25, "m")]),
    case("len-cm", NUM, "幼苗已长到15cm。", [Q("15cm", 15, "cm", "length", 0.15, "m")]),
    case("len-毫米", NUM, "全市平均降雨量为86.5毫米。", [Q("86.5毫米", 86.5, "毫米", "length", 0.0865, "m")]),
    case("len-mm", NUM, "钢板厚度为8mm。", [Q("8mm", 8, "mm", "length", 0.008, "m")]),
    case("len-微米", NUM, "颗粒直径小于2.5微米。", [Q("2.5微米", 2.5, "微米", "length", 2.5e-6, "m")]),
    case("len-纳米", NUM, "该芯片采用7纳米工艺。", [Q("7纳米", 7, "纳米", "length", 7e-9, "m")]),
    case("len-nm", NUM, "新一代芯片为3nm制程。", [Q("3nm", 3, "nm", "length", 3e-9, "m")]),
    case("len-里", NUM, "村子离镇上有十里路。", [Q("十里", 10, "里", "length", 5000, "m")]),
    case("len-海里", NUM, "船只在距岸12海里处停泊。", [Q("12海里", 12, "海里", "length", 22224, "m")]),
    case("len-英里", NUM, "他一口气跑了26.2英里。", [Q("26.2英里", 26.2, "英里", "length", 42164.8128, "m")]),
    case("len-英尺", NUM, "飞机在3万英尺高空巡航。", [Q("3万英尺", 30000, "英尺", "length", 9144, "m")]),
    case("len-英寸", NUM, "这款电视屏幕为65英寸。", [Q("65英寸", 65, "英寸", "length", 1.651, "m")]),
    case("len-丈", NUM, "古塔高约十丈。", [Q("约十丈", 10, "丈", "length", 100 / 3, "m", approx="about")]),
    case("len-尺", NUM, "水位上涨了三尺。", [Q("三尺", 3, "尺", "length", 1, "m")]),
    case("len-光年", NUM, "这颗恒星距地球4.2光年。",
         [Q("4.2光年", 4.2, "光年", "length", 4.2 * 9460730472580800, "m")]),
    case("len-公分", NUM, "孩子一年长高了8公分。",
         [Q("一年", 1, "年", "duration", YEAR, "s"), Q("8公分", 8, "公分", "length", 0.08, "m")]),
    # mass
    case("mass-吨", NUM, "今年粮食总产量1323.7万吨。",
         [Q("1323.7万吨", 13237000, "吨", "mass", 13237000000, "kg")]),
    case("mass-t", NUM, "这台吊车最大起重量为50t。", [Q("50t", 50, "t", "mass", 50000, "kg")]),
    case("mass-公斤", NUM, "每头生猪平均重120公斤。", [Q("120公斤", 120, "公斤", "mass", 120, "kg", per="头")]),
    case("mass-千克", NUM, "包裹重2.5千克。", [Q("2.5千克", 2.5, "千克", "mass", 2.5, "kg")]),
    case("mass-kg", NUM, "行李限重23kg。", [Q("23kg", 23, "kg", "mass", 23, "kg")]),
    case("mass-克", NUM, "每份样品取50克。", [Q("50克", 50, "克", "mass", 0.05, "kg", per="份")]),
    case("mass-毫克", NUM, "每片含维生素C 100毫克。", [Q("100毫克", 100, "毫克", "mass", 0.0001, "kg", per="片")]),
    case("mass-斤", NUM, "小麦亩产达到1200斤。", [Q("1200斤", 1200, "斤", "mass", 600, "kg")]),
    case("mass-市斤", NUM, "收购价每市斤1.5元。", [M("1.5元", 1.5, "CNY", per="市斤")]),
    # 1 两 (市两) = 1/10 市斤 = 50 g
    case("mass-两", NUM, "他一顿能喝3两白酒。", [Q("3两", 3, "两", "mass", 0.15, "kg")]),
    case("mass-二两", NUM, "老人每天只吃二两米饭。", [Q("二两", 2, "两", "mass", 0.1, "kg", per="天")]),
    case("mass-十两", NUM, "借了十两银子。", [Q("十两", 10, "两", "mass", 0.5, "kg")]),
    case("mass-磅", NUM, "这条鱼重达20磅。", [Q("20磅", 20, "磅", "mass", 9.0718474, "kg")]),
    case("mass-盎司", NUM, "金价突破每盎司2000美元。", [M("2000美元", 2000, "USD", per="盎司")]),
    case("mass-盎司-qty", NUM, "央行增持黄金16万盎司。",
         [Q("16万盎司", 160000, "盎司", "mass", 4535.9237, "kg")]),
    case("mass-克拉", NUM, "这颗钻石重5克拉。", [Q("5克拉", 5, "克拉", "mass", 0.001, "kg")]),
    case("mass-担", NUM, "当年全村收稻谷三百担。", [Q("三百担", 300, "担", "mass", 15000, "kg")]),
    # area
    case("area-亩", NUM, "全县新增高标准农田120亩。", [Q("120亩", 120, "亩", "area", 80000, "m2")]),
    case("area-亩-万", NUM, "今年播种面积达1.5万亩。", [Q("1.5万亩", 15000, "亩", "area", 10000000, "m2")]),
    case("area-平方公里", NUM, "新区规划面积为56平方公里。",
         [Q("56平方公里", 56, "平方公里", "area", 56000000, "m2")]),
    case("area-平方米", NUM, "展馆建筑面积4.2万平方米。",
         [Q("4.2万平方米", 42000, "平方米", "area", 42000, "m2")]),
    case("area-平米", NUM, "这套房子面积为89平米。", [Q("89平米", 89, "平米", "area", 89, "m2")]),
    case("area-m²", NUM, "单间面积约为30m²。", [Q("30m²", 30, "m²", "area", 30, "m2")]),
    case("area-公顷", NUM, "保护区面积达3000公顷。", [Q("3000公顷", 3000, "公顷", "area", 30000000, "m2")]),
    case("area-千公顷", NUM, "全省造林120千公顷。", [Q("120千公顷", 120000, "公顷", "area", 1200000000, "m2")]),
    case("area-英亩", NUM, "农场占地500英亩。", [Q("500英亩", 500, "英亩", "area", 2023428.2112, "m2")]),
    case("area-顷", NUM, "耕地面积达3顷。", [Q("3顷", 3, "顷", "area", 200000, "m2")]),
    case("area-平方厘米", NUM, "伤口面积约4平方厘米。",
         [Q("约4平方厘米", 4, "平方厘米", "area", 0.0004, "m2", approx="about")]),
    # volume
    case("vol-立方米", NUM, "水库蓄水量达3.2亿立方米。",
         [Q("3.2亿立方米", 320000000, "立方米", "volume", 320000000, "m3")]),
    case("vol-方", NUM, "共清运淤泥1200方。", [Q("1200方", 1200, "方", "volume", 1200, "m3")]),
    case("vol-升", NUM, "这辆车的油耗为6升。", [Q("6升", 6, "升", "volume", 0.006, "m3")]),
    case("vol-毫升", NUM, "每瓶容量500毫升。", [Q("500毫升", 500, "毫升", "volume", 0.0005, "m3", per="瓶")]),
    case("vol-ml", NUM, "每次服用10ml。", [Q("10ml", 10, "ml", "volume", 0.00001, "m3", per="次")]),
    case("vol-mL", NUM, "抽取血样5mL。", [Q("5mL", 5, "mL", "volume", 0.000005, "m3")]),
    case("vol-桶", NUM, "该油田日产原油1.2万桶。",
         [Q("1.2万桶", 12000, "桶", "volume", 1907.847539136, "m3")]),
    case("vol-立方米/秒", NUM, "入库流量达到5600立方米/秒。",
         [Q("5600立方米/秒", 5600, "立方米/秒", "volume", 5600, "m3", per="秒")]),
    case("vol-加仑", NUM, "油箱可装15加仑汽油。", [Q("15加仑", 15, "加仑", "volume", 0.05678117676, "m3")]),
    # energy
    case("energy-千瓦时", NUM, "项目年发电量500千瓦时。",
         [Q("500千瓦时", 500, "千瓦时", "energy", 1800000000, "J")]),
    case("energy-亿千瓦时", NUM, "全年发电30亿千瓦时。",
         [Q("30亿千瓦时", 3000000000, "千瓦时", "energy", 1.08e16, "J")]),
    case("energy-kWh", NUM, "这块电池容量为75kWh。", [Q("75kWh", 75, "kWh", "energy", 270000000, "J")]),
    case("energy-兆瓦时", NUM, "储能电站容量为200兆瓦时。",
         [Q("200兆瓦时", 200, "兆瓦时", "energy", 720000000000, "J")]),
    case("energy-度电", NUM, "每户每月可节约100度电。",
         [Q("100度", 100, "度", "energy", 360000000, "J", per="月")]),
    case("energy-千卡", NUM, "一碗米饭约含200千卡热量。",
         [Q("200千卡", 200, "千卡", "energy", 836800, "J")]),
    case("energy-大卡", NUM, "慢跑可消耗约600大卡。",
         [Q("约600大卡", 600, "大卡", "energy", 2510400, "J", approx="about")]),
    case("energy-焦耳", NUM, "撞击能量达到300焦耳。", [Q("300焦耳", 300, "焦耳", "energy", 300, "J")]),
    case("energy-吨标准煤", NUM, "全年节约能源5万吨标准煤。",
         [Q("5万吨标准煤", 50000, "吨标准煤", "energy", 1.46538e15, "J")]),
    # power
    case("power-千瓦", NUM, "电站装机容量为800千瓦。", [Q("800千瓦", 800, "千瓦", "power", 800000, "W")]),
    case("power-万千瓦", NUM, "新增装机容量120万千瓦。",
         [Q("120万千瓦", 1200000, "千瓦", "power", 1200000000, "W")]),
    case("power-兆瓦", NUM, "光伏电站规模为100兆瓦。", [Q("100兆瓦", 100, "兆瓦", "power", 100000000, "W")]),
    case("power-MW", NUM, "风电场一期为50MW。", [Q("50MW", 50, "MW", "power", 50000000, "W")]),
    case("power-GW", NUM, "全国光伏新增装机达到216GW。",
         [Q("216GW", 216, "GW", "power", 216000000000, "W")]),
    case("power-kW", NUM, "充电桩功率为120kW。", [Q("120kW", 120, "kW", "power", 120000, "W")]),
    case("power-马力", NUM, "发动机最大功率为300马力。",
         [Q("300马力", 300, "马力", "power", 220649.625, "W")]),
    case("power-瓦", NUM, "每盏路灯功率为60瓦。", [Q("60瓦", 60, "瓦", "power", 60, "W")]),
    # speed
    # a length after 时速 is a distance per hour (the span stays the amount as written)
    case("speed-时速公里", NUM, "这条高铁设计时速350公里，全长286公里。",
         [Q("350公里", 350, "公里", "speed", 875 / 9, "m/s"), Q("286公里", 286, "公里", "length", 286000, "m")]),
    case("speed-公里/小时", NUM, "列车最高时速可达350公里/小时。",
         [Q("350公里/小时", 350, "公里/小时", "speed", 875 / 9, "m/s")]),
    case("speed-km/h", NUM, "限速120km/h。", [Q("120km/h", 120, "km/h", "speed", 100 / 3, "m/s")]),
    case("speed-米/秒", NUM, "阵风风速达到32米/秒。", [Q("32米/秒", 32, "米/秒", "speed", 32, "m/s")]),
    case("speed-m/s", NUM, "平均风速为8.5m/s。", [Q("8.5m/s", 8.5, "m/s", "speed", 8.5, "m/s")]),
    case("speed-节", NUM, "该舰最高航速为30节。", [Q("30节", 30, "节", "speed", 15.4333333333, "m/s")]),
    case("speed-千米/小时", NUM, "台风中心附近最大风速为180千米/小时。",
         [Q("180千米/小时", 180, "千米/小时", "speed", 50, "m/s")]),
    case("speed-公里每小时", NUM, "车速不得超过60公里每小时。",
         [Q("不得超过60公里每小时", 60, "公里每小时", "speed", 50 / 3, "m/s", approx="less_than")]),
    # temperature
    case("temp-℃", NUM, "午后最高气温38.5℃。", [Q("38.5℃", 38.5, "℃", "temperature", 38.5, "degC")]),
    case("temp-摄氏度", NUM, "夜间最低气温为零下5摄氏度。",
         [Q("零下5摄氏度", -5, "摄氏度", "temperature", -5, "degC")]),
    case("temp-华氏度", NUM, "体温为98.6华氏度。", [Q("98.6华氏度", 98.6, "华氏度", "temperature", 37, "degC")]),
    case("temp-华氏95度", NUM, "当地气温高达华氏95度。",
         [Q("华氏95度", 95, "度", "temperature", 35, "degC")]),
    case("temp-华氏-40度", NUM, "极寒天气下气温降到华氏-40度。",
         [Q("华氏-40度", -40, "度", "temperature", -40, "degC")]),
    case("temp-华氏212度", NUM, "水在华氏212度沸腾。", [Q("华氏212度", 212, "度", "temperature", 100, "degC")]),
    case("temp-℉", NUM, "当天最高温度为104℉。", [Q("104℉", 104, "℉", "temperature", 40, "degC")]),
    case("temp-摄氏30度", NUM, "室外温度达到摄氏30度。",
         [Q("摄氏30度", 30, "度", "temperature", 30, "degC")]),
    case("temp-零下5度", NUM, "最低气温将降至零下5度。",
         [Q("零下5度", -5, "度", "temperature", -5, "degC")]),
    case("temp-range", NUM, "明天气温15至22℃。",
         [Q("15至22℃", 15, "℃", "temperature", 15, "degC", vmax=22, si_max=22)]),
    case("temp-range-摄氏度", NUM, "白天气温在20～25摄氏度之间。",
         [Q("20～25摄氏度", 20, "摄氏度", "temperature", 20, "degC", vmax=25, si_max=25)]),
    case("temp-°C", NUM, "冷库温度保持在-18°C。", [Q("-18°C", -18, "°C", "temperature", -18, "degC")]),
    # data and frequency
    case("data-GB", NUM, "手机内存为256GB。", [Q("256GB", 256, "GB", "data", 256000000000, "B")]),
    case("data-TB", NUM, "硬盘容量达到2TB。", [Q("2TB", 2, "TB", "data", 2000000000000, "B")]),
    case("data-MB", NUM, "安装包大小约为80MB。", [Q("80MB", 80, "MB", "data", 80000000, "B")]),
    case("freq-赫兹", NUM, "电网频率为50赫兹。", [Q("50赫兹", 50, "赫兹", "frequency", 50, "Hz")]),
    case("freq-Hz", NUM, "屏幕刷新率为120Hz。", [Q("120Hz", 120, "Hz", "frequency", 120, "Hz")]),
    case("freq-兆赫", NUM, "该频段为700兆赫。", [Q("700兆赫", 700, "兆赫", "frequency", 700000000, "Hz")]),
    case("freq-GHz", NUM, "处理器主频为3.2GHz。", [Q("3.2GHz", 3.2, "GHz", "frequency", 3200000000, "Hz")]),
    # duration
    case("dur-小时", NUM, "救援持续了2小时。", [Q("2小时", 2, "小时", "duration", 7200, "s")]),
    case("dur-个小时", NUM, "会议开了三个小时。", [Q("三个小时", 3, "个小时", "duration", 10800, "s")]),
    case("dur-分钟", NUM, "步行15分钟即可到达。", [Q("15分钟", 15, "分钟", "duration", 900, "s")]),
    case("dur-秒", NUM, "他以9.83秒夺冠。", [Q("9.83秒", 9.83, "秒", "duration", 9.83, "s")]),
    case("dur-天", NUM, "展会为期5天。", [Q("5天", 5, "天", "duration", 432000, "s")]),
    case("dur-周", NUM, "工期缩短了两周。", [Q("两周", 2, "周", "duration", 1209600, "s")]),
    case("dur-个月", NUM, "工期36个月。", [Q("36个月", 36, "个月", "duration", 36 * MONTH, "s")]),
    case("dur-年", NUM, "连续五年保持增长。", [Q("五年", 5, "年", "duration", 5 * YEAR, "s")]),
    case("dur-岁", NUM, "今年80岁的老人。", [Q("80岁", 80, "岁", "duration", 80 * YEAR, "s")]),
    case("dur-个世纪", NUM, "这座古桥已经屹立了两个世纪。",
         [Q("两个世纪", 2, "个世纪", "duration", 200 * YEAR, "s")]),
    case("dur-刻钟", NUM, "等了两刻钟。", [Q("两刻钟", 2, "刻钟", "duration", 1800, "s")]),
    case("dur-旬", NUM, "年近八旬的老人。", [Q("近八旬", 8, "旬", "duration", 6912000, "s", approx="about")]),
    case("dur-个季度", NUM, "连续三个季度实现增长。", [Q("三个季度", 3, "个季度", "duration", 0.75 * YEAR, "s")]),
    case("dur-周年", NUM, "建校60周年。", [Q("60周年", 60, "周年", "duration", 60 * YEAR, "s")]),
    case("dur-半年", NUM, "试用期为半年。", [Q("半年", 0.5, "年", "duration", 0.5 * YEAR, "s")]),
    case("dur-工作日", NUM, "在7个工作日内办结。",
         [Q("7个工作日内", 7, "个工作日", "duration", 604800, "s", approx="less_than")]),
    case("dur-range", NUM, "重症多发生在发病后3至5天。",
         [Q("3至5天", 3, "天", "duration", 259200, "s", vmax=5, si_max=432000)]),
    # dimensions without an SI unit
    case("other-千伏", NUM, "新建一条500千伏输电线路。", [Q("500千伏", 500, "千伏", "other")]),
    case("other-分贝", NUM, "噪声超过70分贝。", [Q("超过70分贝", 70, "分贝", "other", approx="more_than")]),
    case("other-百帕", NUM, "中心气压为950百帕。", [Q("950百帕", 95000, "帕", "other")]),  # 百 multiplied in (Q2)
    case("other-级", NUM, "发生5.8级地震。", [Q("5.8级", 5.8, "级", "other")]),
    case("ratio-倍", NUM, "产量增长了2倍。", [Q("2倍", 2, "倍", "ratio")]),
    case("count-个", NUM, "设立便民服务点50个。", [C("50个", 50, "个")]),
    case("count-名", NUM, "共有3000名志愿者参加。", [C("3000名", 3000, "名")]),
    case("count-起", NUM, "共侦破案件8.5万余起。", [C("8.5万余起", 85000, "起", approx="more_than")]),
    case("count-人次", NUM, "接待游客120万人次。", [C("120万人次", 1200000, "人次")]),
    case("count-省", NUM, "华北两省出现暴雨。", [C("两省", 2, "省")]),
    case("count-TEU", NUM, "港口集装箱吞吐量达到500万TEU。", [C("500万TEU", 5000000, "TEU")]),
    case("count-标准箱", NUM, "全年完成集装箱吞吐量300万标准箱。", [C("300万标准箱", 3000000, "标准箱")]),
    case("money-元", NUM, "总投资12.6亿元。", [M("12.6亿元", 1260000000, "CNY")]),
    case("money-美元", NUM, "出口额达5亿美元。", [M("5亿美元", 500000000, "USD")]),
    case("pct-%", NUM, "同比增长5.9%。", [P("5.9%", 5.9)]),
    case("pct-个百分点", NUM, "提高了0.8个百分点。", [P("0.8个百分点", 0.8, unit="个百分点")]),
    case("pct-成", NUM, "逾八成受访者表示支持。", [P("逾八成", 80, approx="more_than")]),
    case("pct-fraction", NUM, "三分之二的村庄已通公交。", [P("三分之二", 66.67)]),
    case("pct-‰", NUM, "人口自然增长率为3.2‰。", [P("3.2‰", 0.32)]),
]

# ---------------------------------------------------------------------------------------
# per: rates and unit prices
# ---------------------------------------------------------------------------------------
PER = [
    case("per-元/千瓦时", NUM, "上网电价为0.56元/千瓦时。", [M("0.56元", 0.56, "CNY", per="千瓦时")]),
    case("per-每千瓦时", NUM, "居民电价每千瓦时0.56元。", [M("0.56元", 0.56, "CNY", per="千瓦时")]),
    case("per-每吨运费", NUM, "每吨运费120元。", [M("120元", 120, "CNY", per="吨")]),
    case("per-元/吨", NUM, "收购价格为2800元/吨。", [M("2800元", 2800, "CNY", per="吨")]),
    case("per-元/平方米", NUM, "新房均价为每平方米2.3万元。", [M("2.3万元", 23000, "CNY", per="平方米")]),
    case("per-元/人", NUM, "门票价格为80元/人。", [M("80元", 80, "CNY", per="人")]),
    case("per-每人", NUM, "每人补贴500元。", [M("500元", 500, "CNY", per="人")]),
    case("per-美元/桶", NUM, "油价跌至每桶70美元。", [M("70美元", 70, "USD", per="桶")]),
    case("per-公斤/亩", NUM, "化肥用量降到300公斤/亩。",
         [Q("300公斤/亩", 300, "公斤/亩", "mass", 300, "kg", per="亩")]),
    case("per-毫克/升", NUM, "氨氮浓度为40毫克／升。",
         [Q("40毫克／升", 40, "毫克／升", "mass", 0.00004, "kg", per="升")]),
    case("per-每亩", NUM, "每亩增产50公斤。", [Q("50公斤", 50, "公斤", "mass", 50, "kg", per="亩")]),
    case("per-每天", NUM, "每天接待游客2万人次。", [C("2万人次", 20000, "人次", per="天")]),
    case("per-none", NUM, "全年接待游客2万人次。", [C("2万人次", 20000, "人次")]),
    case("per-clause", NUM, "每年一次，共投入300万元。", [M("300万元", 3000000, "CNY")]),
    case("per-percent", NUM, "每年增长5%。", [P("5%", 5)]),
]

# ---------------------------------------------------------------------------------------
# digit groups with spaces and commas
# ---------------------------------------------------------------------------------------
GROUPS = [
    case("grp-space-万元", NUM, "该项目投资3 600万元。", [M("3 600万元", 36000000, "CNY")]),
    case("grp-space-人", NUM, "现场观众达12 500人。", [C("12 500人", 12500, "人")]),
    case("grp-space-two", NUM, "全市常住人口为1 234 567人。", [C("1 234 567人", 1234567, "人")]),
    case("grp-nbsp", NUM, "投资2\u00a0500万元。", [M("2\u00a0500万元", 25000000, "CNY")]),
    case("grp-thin", NUM, "共计4\u2009800吨。", [Q("4\u2009800吨", 4800, "吨", "mass", 4800000, "kg")]),
    case("grp-fw-comma", NUM, "共有１２，５００人参加。", [C("１２，５００人", 12500, "人")]),
    case("grp-fw-comma-ascii", NUM, "共有12，500人参加。", [C("12，500人", 12500, "人")]),
    case("grp-comma", NUM, "共有12,500人参加。", [C("12,500人", 12500, "人")]),
    case("grp-comma-money", NUM, "合同金额为1,250,000元。", [M("1,250,000元", 1250000, "CNY")]),
    case("grp-fw-money", NUM, "罚款３，０００元。", [M("３，０００元", 3000, "CNY")]),
    case("grp-comma-decimal", NUM, "营收达1,234.5万元。", [M("1,234.5万元", 12345000, "CNY")]),
    case("grp-list-comma", NUM, "分为5、000万元两档。", [C("两档", 2, "档")]),
    case("grp-list-zero", NUM, "编号为3、05号。", []),
    case("grp-list-ok", NUM, "分别增长5、8个百分点。",
         [P("5", 5, unit="个百分点"), P("8个百分点", 8, unit="个百分点")]),
    case("grp-space-not-group", NUM, "第1 名的成绩是25秒。", [Q("25秒", 25, "秒", "duration", 25, "s")]),
    case("grp-two-numbers", NUM, "2023年 500万元", [M("500万元", 5000000, "CNY")]),
    case("grp-comma-list", NUM, "年龄分别为8，12岁。", [Q("12岁", 12, "岁", "duration", 12 * YEAR, "s")]),
    case("grp-space-km", NUM, "铁路营业里程达到15 900公里。",
         [Q("15 900公里", 15900, "公里", "length", 15900000, "m")]),
]

# ---------------------------------------------------------------------------------------
# currencies: names before the amount, signs, more currencies
# ---------------------------------------------------------------------------------------
CURRENCY = [
    case("cur-港币100元", NUM, "每张门票港币100元。", [M("港币100元", 100, "HKD", per="张")]),
    case("cur-港币万元", NUM, "捐款港币200万元。", [M("港币200万元", 2000000, "HKD")]),
    case("cur-新台币", NUM, "罚款新台币500元。", [M("新台币500元", 500, "TWD")]),
    case("cur-新台币万元", NUM, "年薪新台币80万元。", [M("新台币80万元", 800000, "TWD")]),
    case("cur-人民币8千元", NUM, "月薪人民币8千元。", [M("人民币8千元", 8000, "CNY")]),
    case("cur-人民币万元", NUM, "并处罚金人民币50万元。", [M("人民币50万元", 500000, "CNY")]),
    case("cur-人民币亿", NUM, "发行人民币50亿债券。", [M("人民币50亿", 5000000000, "CNY")]),
    case("cur-trailing-人民币", NUM, "追缴赃款500万元人民币。", [M("500万元人民币", 5000000, "CNY")]),
    case("cur-US$-million", NUM, "公司获得US$5 million融资。", [M("US$5 million", 5000000, "USD")]),
    case("cur-US$-billion", NUM, "交易额为US$1.2 billion。", [M("US$1.2 billion", 1200000000, "USD")]),
    case("cur-$-bn", NUM, "市值达$3bn。", [M("$3bn", 3000000000, "USD")]),
    case("cur-RMB-亿", NUM, "总投资RMB 50亿。", [M("RMB 50亿", 5000000000, "CNY")]),
    case("cur-RMB-no-space", NUM, "总投资RMB50亿。", [M("RMB50亿", 5000000000, "CNY")]),
    case("cur-$", NUM, "售价$100。", [M("$100", 100, "USD")]),
    case("cur-¥万", NUM, "奖金￥3.5万。", [M("￥3.5万", 35000, "CNY")]),
    case("cur-€", NUM, "票价€45。", [M("€45", 45, "EUR")]),
    case("cur-£", NUM, "罚款£200。", [M("£200", 200, "GBP")]),
    case("cur-HK$", NUM, "股价报HK$38。", [M("HK$38", 38, "HKD")]),
    case("cur-NT$", NUM, "票价NT$500。", [M("NT$500", 500, "TWD")]),
    case("cur-美元-before", NUM, "援助资金美元200万元。", [M("美元200万元", 2000000, "USD")]),
    case("cur-日元-before-亿", NUM, "投资日元30亿。", [M("日元30亿", 3000000000, "JPY")]),
    case("cur-人民币-no-mag", NUM, "人民币100的面值。", []),
    case("cur-word-no-amount", NUM, "人民币汇率保持稳定。", []),
    case("cur-第纳尔", NUM, "物价上涨至1500第纳尔。", [M("1500第纳尔", 1500, "IQD")]),
    case("cur-科威特第纳尔", NUM, "捐赠100万科威特第纳尔。", [M("100万科威特第纳尔", 1000000, "KWD")]),
    case("cur-奈拉", NUM, "油价涨到每升600奈拉。", [M("600奈拉", 600, "NGN", per="升")]),
    case("cur-比特币", NUM, "黑客盗走了120个比特币。", [M("120个比特币", 120, "BTC")]),
    case("cur-比特币-bare", NUM, "他持有3.5比特币。", [M("3.5比特币", 3.5, "BTC")]),
    case("cur-卢比", NUM, "每月收入2万卢比。", [M("2万卢比", 20000, "INR", per="月")]),
    case("cur-兹罗提", NUM, "罚款500兹罗提。", [M("500兹罗提", 500, "PLN")]),
    case("cur-埃及镑", NUM, "票价为200埃及镑。", [M("200埃及镑", 200, "EGP")]),
    case("cur-美分", NUM, "每加仑汽油上涨了50美分。", [M("50美分", 0.5, "USD", per="加仑")]),
    case("cur-日元", NUM, "投资1000亿日元。", [M("1000亿日元", 100000000000, "JPY")]),
    case("cur-韩元", NUM, "售价3万韩元。", [M("3万韩元", 30000, "KRW")]),
    case("cur-越南盾", NUM, "月薪800万越南盾。", [M("800万越南盾", 8000000, "VND")]),
    case("cur-卢布", NUM, "货款约38.5亿卢布。", [M("约38.5亿卢布", 3850000000, "RUB", approx="about")]),
    case("cur-港币-after", NUM, "票价300港币。", [M("300港币", 300, "HKD")]),
    case("cur-8k元", NUM, "月薪8k元。", [M("8k元", 8000, "CNY")]),
    case("cur-1.5K元", NUM, "每月房租1.5K元。", [M("1.5K元", 1500, "CNY", per="月")]),
    case("cur-$8k", NUM, "奖金$8k。", [M("$8k", 8000, "USD")]),
    case("cur-¥1.5K", NUM, "日薪¥1.5K。", [M("¥1.5K", 1500, "CNY")]),
    case("cur-8K电视", NUM, "推出8K电视。", []),
    case("cur-5k-run", NUM, "他报名参加了5k跑。", []),
    case("cur-块钱", NUM, "一共花了三百块钱。", [M("三百块", 300, "CNY")]),
    case("cur-块-count", NUM, "地上有两块石头。", [C("两块", 2, "块")]),
]

# ---------------------------------------------------------------------------------------
# compound amounts: one fact, value in the larger unit
# ---------------------------------------------------------------------------------------
COMPOUND = [
    case("cmp-3元5角", NUM, "一斤白菜卖3元5角。",
         [Q("一斤", 1, "斤", "mass", 0.5, "kg"), M("3元5角", 3.5, "CNY")]),
    case("cmp-3元5角2分", NUM, "单价为3元5角2分。", [M("3元5角2分", 3.52, "CNY")]),
    case("cmp-两块五", NUM, "一瓶水两块五。", [M("两块五", 2.5, "CNY")]),
    case("cmp-三块八毛", NUM, "一共三块八毛。", [M("三块八毛", 3.8, "CNY")]),
    case("cmp-5元8角", NUM, "车票价格为5元8角。", [M("5元8角", 5.8, "CNY")]),
    case("cmp-两美元又三美分", NUM, "每股分红两美元又三美分。", [M("两美元又三美分", 2.03, "USD", per="股")]),
    case("cmp-5美元25美分", NUM, "时薪为5美元25美分。", [M("5美元25美分", 5.25, "USD")]),
    case("cmp-3小时20分", NUM, "全程用时3小时20分。",
         [Q("3小时20分", 10 / 3, "小时", "duration", 12000, "s")]),
    case("cmp-2小时30分钟", NUM, "手术持续了2小时30分钟。",
         [Q("2小时30分钟", 2.5, "小时", "duration", 9000, "s")]),
    case("cmp-1小时5分", NUM, "车程约1小时5分。",
         [Q("约1小时5分", 13 / 12, "小时", "duration", 3900, "s", approx="about")]),
    case("cmp-3分20秒", NUM, "他以3分钟20秒完成比赛。",
         [Q("3分钟20秒", 10 / 3, "分钟", "duration", 200, "s")]),
    case("cmp-2小时3分4秒", NUM, "成绩为2小时3分4秒。",
         [Q("2小时3分4秒", 7384 / 3600, "小时", "duration", 7384, "s")]),
    case("cmp-1米75", NUM, "他身高1米75。", [Q("1米75", 1.75, "米", "length", 1.75, "m")]),
    case("cmp-1米8", NUM, "中锋身高1米8。", [Q("1米8", 1.8, "米", "length", 1.8, "m")]),
    case("cmp-10秒80", NUM, "他跑出了10秒80的成绩。", [Q("10秒80", 10.8, "秒", "duration", 10.8, "s")]),
    case("cmp-9秒58", NUM, "世界纪录是9秒58。", [Q("9秒58", 9.58, "秒", "duration", 9.58, "s")]),
    case("cmp-1米3名", NUM, "跳过1米3名选手晋级。", [Q("1米", 1, "米", "length", 1, "m"), C("3名", 3, "名")]),
    case("cmp-2米5厘米", NUM, "他跳过了2米5厘米。", [Q("2米5厘米", 2.05, "米", "length", 2.05, "m")]),
    case("cmp-1公里200米", NUM, "隧道长1公里200米。",
         [Q("1公里200米", 1.2, "公里", "length", 1200, "m")]),
    case("cmp-3斤2两-no", NUM, "这条鱼重3斤。", [Q("3斤", 3, "斤", "mass", 1.5, "kg")]),
    case("cmp-3斤2两", NUM, "这条鱼重3斤2两。", [Q("3斤2两", 3.2, "斤", "mass", 1.6, "kg")]),
    case("cmp-一斤三两", NUM, "称了一斤三两猪肉。", [Q("一斤三两", 1.3, "斤", "mass", 0.65, "kg")]),
    case("cmp-1吨500公斤", NUM, "货物重1吨500公斤。",
         [Q("1吨500公斤", 1.5, "吨", "mass", 1500, "kg")]),
    case("cmp-3年6个月-two", NUM, "判处有期徒刑三年六个月。",
         [Q("三年", 3, "年", "duration", 3 * YEAR, "s"), Q("六个月", 6, "个月", "duration", 6 * MONTH, "s")]),
    case("cmp-3天2夜-two", NUM, "行程为3天2夜。",
         [Q("3天", 3, "天", "duration", 259200, "s"), Q("2夜", 2, "夜", "count")]),
    case("cmp-descending-only", NUM, "用时20分3小时。",
         [Q("20分", 20, "分", "count"), Q("3小时", 3, "小时", "duration", 10800, "s")]),
    case("cmp-too-big", NUM, "等了3小时70分。",
         [Q("3小时", 3, "小时", "duration", 10800, "s"), Q("70分", 70, "分", "count")]),
    case("cmp-元-range", NUM, "价格在3元至5元之间。", [M("3元至5元", 3, "CNY", vmax=5)]),
]

# ---------------------------------------------------------------------------------------
# discounts: the share paid, as a percent
# ---------------------------------------------------------------------------------------
DISCOUNT = [
    case("dis-打八折", NUM, "全场商品打八折。", [P("八折", 80)]),
    case("dis-七五折", NUM, "会员享受七五折优惠。", [P("七五折", 75)]),
    case("dis-5折", NUM, "部分商品低至5折。", [P("5折", 50)]),
    case("dis-8.5折", NUM, "机票打8.5折。", [P("8.5折", 85)]),
    case("dis-九折", NUM, "老人凭证购票享受九折。", [P("九折", 90)]),
    case("dis-九五折", NUM, "线上支付可享九五折。", [P("九五折", 95)]),
    case("dis-八九折", NUM, "多数商品打八九折。", [P("八九折", 80, vmax=90)]),
    case("dis-3折起", NUM, "冬装3折起售。", [P("3折", 30)]),
    case("dis-折合", NUM, "100美元折合人民币700元。",
         [M("100美元", 100, "USD"), M("人民币700元", 700, "CNY")]),
    case("dis-折旧", NUM, "设备已折旧。", []),
    case("dis-百折", NUM, "百折不挠的精神。", []),
    case("dis-对折", NUM, "价格打对折。", []),
    case("dis-约5折", NUM, "平均约5折。", [P("约5折", 50, approx="about")]),
    case("dis-6折以下", NUM, "部分房源降至6折以下。", [P("6折以下", 60, approx="less_than")]),
    case("dis-一折", NUM, "清仓商品低至1折。", [P("1折", 10)]),
]

# ---------------------------------------------------------------------------------------
# halves, approximations after the unit, ranges
# ---------------------------------------------------------------------------------------
HALF = [
    case("half-两岁半", NUM, "他的女儿今年两岁半。", [Q("两岁半", 2.5, "岁", "duration", 2.5 * YEAR, "s")]),
    case("half-三岁半", NUM, "孩子三岁半时开始学琴。", [Q("三岁半", 3.5, "岁", "duration", 3.5 * YEAR, "s")]),
    case("half-一年半", NUM, "项目建设周期为一年半。", [Q("一年半", 1.5, "年", "duration", 1.5 * YEAR, "s")]),
    case("half-两个半小时", NUM, "航程约两个半小时。",
         [Q("约两个半小时", 2.5, "个小时", "duration", 9000, "s", approx="about")]),
    case("half-半个月", NUM, "停工半个月。", [Q("半个月", 0.5, "个月", "duration", 0.5 * MONTH, "s")]),
    case("half-两年多", NUM, "他在当地工作了两年多。",
         [Q("两年多", 2, "年", "duration", 2 * YEAR, "s", approx="more_than")]),
    case("half-三个多月", NUM, "历时三个多月。",
         [Q("三个多月", 3, "个月", "duration", 3 * MONTH, "s", approx="more_than")]),
    case("half-一年多", NUM, "已经过去一年多了。",
         [Q("一年多", 1, "年", "duration", YEAR, "s", approx="more_than")]),
    case("half-10米多", NUM, "水深10米多，", [Q("10米多", 10, "米", "length", 10, "m", approx="more_than")]),
    case("half-range-一年至一年半", NUM, "刑期为一年至一年半。",
         [Q("一年至一年半", 1, "年", "duration", YEAR, "s", vmax=1.5, si_max=1.5 * YEAR)]),
    case("half-range-两至两个半小时", NUM, "车程为两到两个半小时。",
         [Q("两到两个半小时", 2, "个小时", "duration", 7200, "s", vmax=2.5, si_max=9000)]),
    case("half-range-3至5公里", NUM, "距离市区3至5公里。",
         [Q("3至5公里", 3, "公里", "length", 3000, "m", vmax=5, si_max=5000)]),
    case("half-range-20毫米至30毫米", NUM, "降雨量20毫米至30毫米。",
         [Q("20毫米至30毫米", 20, "毫米", "length", 0.02, "m", vmax=30, si_max=0.03)]),
    case("half-range-3至5万元", NUM, "每户补贴3至5万元。", [M("3至5万元", 30000, "CNY", vmax=50000, per="户")]),
    case("half-range-两三千斤", NUM, "每亩能收两三千斤。",
         [Q("两三千斤", 2000, "斤", "mass", 1000, "kg", vmax=3000, si_max=1500, per="亩")]),
    case("half-range-七八百元", NUM, "一件卖七八百元。", [M("七八百元", 700, "CNY", vmax=800)]),
    case("half-半米多", NUM, "积水有半米多，", [Q("半米多", 0.5, "米", "length", 0.5, "m", approx="more_than")]),
    case("half-上半年", NUM, "上半年增长较快。", []),
    case("half-1.5亿", NUM, "全年营收1.5亿元。", [M("1.5亿元", 150000000, "CNY")]),
    case("half-十三四岁", NUM, "一个十三四岁的少年。",
         [Q("十三四岁", 13, "岁", "duration", 13 * YEAR, "s", vmax=14, si_max=14 * YEAR)]),
]

# ---------------------------------------------------------------------------------------
# numerals
# ---------------------------------------------------------------------------------------
NUMERALS = [
    case("num-四万万", NUM, "四万万人民团结一心。", []),
    case("num-四万万人", NUM, "当时全国有四万万人。", [C("四万万人", 400000000, "人")]),
    case("num-萬萬", NUM, "號稱四萬萬人。", [C("四萬萬人", 400000000, "人")]),
    case("num-10个亿元", NUM, "项目投资10个亿元。", [M("10个亿元", 1000000000, "CNY")]),
    case("num-10个亿", NUM, "项目投资10个亿。", []),
    case("num-三个亿元", NUM, "花了三个亿元。", [M("三个亿元", 300000000, "CNY")]),
    case("num-兆日元", NUM, "预算规模达2兆日元。", [M("2兆日元", 2000000000000, "JPY")]),
    case("num-兆亿", NUM, "总额1兆2000亿日元。", [M("1兆2000亿日元", 1200000000000, "JPY")]),
    case("num-兆元", NUM, "台湾地区出口额达4兆元。", [M("4兆元", 4000000000000, "CNY")]),
    case("num-兆瓦-not-numeral", NUM, "装机100兆瓦。", [Q("100兆瓦", 100, "兆瓦", "power", 100000000, "W")]),
    case("num-兆赫-not-numeral", NUM, "频率为900兆赫。", [Q("900兆赫", 900, "兆赫", "frequency", 900000000, "Hz")]),
    case("num-負", NUM, "氣溫為負5℃。", [Q("負5℃", -5, "℃", "temperature", -5, "degC")]),
    case("num-负", NUM, "气温为负5℃。", [Q("负5℃", -5, "℃", "temperature", -5, "degC")]),
    case("num-貳萬", NUM, "捐款貳萬元。", [M("貳萬元", 20000, "CNY")]),
    case("num-壹佰", NUM, "金额为壹佰元。", [M("壹佰元", 100, "CNY")]),
    case("num-伍仟", NUM, "计人民币伍仟元整。", [M("人民币伍仟元", 5000, "CNY")]),
    case("num-億", NUM, "投資3億元。", [M("3億元", 300000000, "CNY")]),
    case("num-500余万人", NUM, "参保人数500余万人。", [C("500余万人", 5000000, "人", approx="more_than")]),
    case("num-十多万人", NUM, "吸引了十多万人。", [C("十多万人", 100000, "人", approx="more_than")]),
    case("num-20多万元", NUM, "损失20多万元。", [M("20多万元", 200000, "CNY", approx="more_than")]),
    case("num-一千零五十万亩", NUM, "一千零五十万亩。",
         [Q("一千零五十万亩", 10500000, "亩", "area", 7000000000, "m2")]),
]

PARSE = [
    ("500余万", 5000000), ("十多万", 100000), ("二十几万", 200000), ("3千多", 3000),
    ("四万万", 400000000), ("一万万", 100000000), ("四萬萬", 400000000), ("1兆2000亿", 1200000000000),
    ("2兆", 2000000000000), ("三兆", 3000000000000), ("3 600", 3600), ("１２，５００", 12500),
    ("12,500", 12500), ("1 234 567", 1234567), ("負3", -3), ("负3.5", -3.5), ("俩", 2), ("倆", 2),
    ("两万", 20000), ("一千零五十万", 10500000), ("六点五亿", 650000000), ("2.5万亿", 2500000000000),
    ("贰拾", 20), ("壹仟贰佰", 1200), ("八五六", 856),
]
PARSE_BAD = ["12 50", "1,2", "1，2345", "三四十"]

# ---------------------------------------------------------------------------------------
# dates: listed months and days, days in Chinese numerals, decades and clock times
# ---------------------------------------------------------------------------------------
DATES = [
    case("date-5、6月份", DAT, "5、6月份是旅游旺季。", [D("5", "--05"), D("6月份", "--06")]),
    case("date-五、六月", DAT, "五、六月是雨季。", [D("五", "--05"), D("六月", "--06")]),
    case("date-3、4、5月", DAT, "3、4、5月份降水偏多。", [D("3", "--03"), D("4", "--04"), D("5月份", "--05")]),
    case("date-7、8日", DAT, "本月7、8日有降雨。", [D("7", "---07"), D("8日", "---08")]),
    case("date-月日-list", DAT, "10月1、2日免费开放。", [D("10月1", "--10-01"), D("2日", "---02")]),
    case("date-二十八日", DAT, "新华社北京二十八日电", [D("二十八日", "---28")]),
    case("date-十五日", DAT, "本报十五日讯", [D("十五日", "---15")]),
    case("date-三十一日", DAT, "截至三十一日，", [D("三十一日", "---31")]),
    case("date-三日-duration", NUM, "展期三日。", [Q("三日", 3, "日", "duration", 259200, "s")]),
    case("date-为期十五日", NUM, "为期十五日的展览。", [Q("十五日", 15, "日", "duration", 1296000, "s")]),
    case("date-28日", DAT, "新华社北京28日电", [D("28日", "---28")]),
    case("date-90年代", ND, "上世纪90年代，这里还是一片荒地。", []),
    case("date-九十年代", ND, "九十年代末期。", []),
    case("date-80年代初", ND, "20世纪80年代初，", []),
    case("date-第3、4月", DAT, "第3、4月", [D("4月", "--04")]),
    case("date-数字-list-unit", ND, "5、6个月后", [Q("5", 5, "个月", "duration", 5 * MONTH, "s"),
                                                 Q("6个月", 6, "个月", "duration", 6 * MONTH, "s")]),
]

# ---------------------------------------------------------------------------------------
# never a fact inside a URL, an e-mail address or a file name
# ---------------------------------------------------------------------------------------
OPAQUE = [
    case("url-rate", ND, "详见http://example.com/?rate=30%25页面。", []),
    case("url-date", ND, "访问https://news.example.cn/2023/05/12/100km.html了解详情。", []),
    case("url-www", ND, "登录www.example.gov.cn/2023年报查询。", []),
    case("email", ND, "来信请寄zhang2023@163.com。", []),
    case("email-2", ND, "联系邮箱：report_12345@example.org", []),
    case("file-pdf", ND, "下载附件report_2023.pdf查看。", []),
    case("file-xlsx", ND, "附件：2023年5月数据.xlsx", [D("2023年5月", "2023-05")]),
    case("file-docx", ND, "请填写form_30%.docx后提交。", []),
    case("file-jpg", ND, "图片IMG_20230512.jpg显示", []),
    case("url-then-fact", ND, "详见http://a.cn/x?id=5，全市增长5%。", [P("5%", 5)]),
    case("email-then-fact", ND, "投诉邮箱abc@163.com，今年共受理300件。", [C("300件", 300, "件")]),
    case("not-url", ND, "增长30%，达到5000万元。", [P("30%", 30), M("5000万元", 50000000, "CNY")]),
    case("file-not-ext", ND, "版本号为3.5，", []),
    case("url-percent-encoding", ND, "链接 https://x.org/a%20b/50%off 已失效", []),
    case("url-ftp", ND, "ftp://files.example.com/2023/12.5MB.zip", []),
]


PARAMS = ("sentence", "types", "expected")


@pytest.mark.parametrize(PARAMS, SI)
def test_si_values(sentence, types, expected):
    check(sentence, types, expected)


@pytest.mark.parametrize(PARAMS, PER)
def test_per(sentence, types, expected):
    check(sentence, types, expected)


@pytest.mark.parametrize(PARAMS, GROUPS)
def test_digit_groups(sentence, types, expected):
    check(sentence, types, expected)


@pytest.mark.parametrize(PARAMS, CURRENCY)
def test_currencies(sentence, types, expected):
    check(sentence, types, expected)


@pytest.mark.parametrize(PARAMS, COMPOUND)
def test_compound_amounts(sentence, types, expected):
    check(sentence, types, expected)


@pytest.mark.parametrize(PARAMS, DISCOUNT)
def test_discounts(sentence, types, expected):
    check(sentence, types, expected)


@pytest.mark.parametrize(PARAMS, HALF)
def test_halves_and_ranges(sentence, types, expected):
    check(sentence, types, expected)


@pytest.mark.parametrize(PARAMS, NUMERALS)
def test_numerals(sentence, types, expected):
    check(sentence, types, expected)


@pytest.mark.parametrize(PARAMS, DATES)
def test_dates(sentence, types, expected):
    check(sentence, types, expected)


@pytest.mark.parametrize(PARAMS, OPAQUE)
def test_nothing_inside_identifiers(sentence, types, expected):
    check(sentence, types, expected)


@pytest.mark.parametrize(("text", "value"), PARSE, ids=[t for t, _ in PARSE])
def test_parse_number(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", PARSE_BAD)
def test_parse_number_refuses(text):
    with pytest.raises(ValueError):
        parse_number(text)


def test_case_count():
    tables = (SI, PER, GROUPS, CURRENCY, COMPOUND, DISCOUNT, HALF, NUMERALS, DATES, OPAQUE)
    assert sum(map(len, tables)) + len(PARSE) + len(PARSE_BAD) >= 300


# ---------------------------------------------------------------------------------------
# factx summary: totals per dimension, in SI
# ---------------------------------------------------------------------------------------

def test_summary_totals_per_dimension():
    from factx.summary import Summary

    summary = Summary()
    text = "运来3.5公里长的管道和2吨钢材，又运来500公斤水泥，铺设1200米道路，耗资3亿元，增长5%。"
    for fact in factx.extract(text):
        summary.add(fact)
    rows = {r["dimension"]: r for r in summary.tables()["dimensions"]}
    # lengths: 3500 m + 1200 m; masses: 2000 kg + 500 kg (worked out by hand)
    assert rows["length"] == {"dimension": "length", "count": 2, "sum": 4700, "min": 1200, "max": 3500,
                              "si_unit": "m"}
    assert rows["mass"] == {"dimension": "mass", "count": 2, "sum": 2500, "min": 500, "max": 2000,
                            "si_unit": "kg"}
    assert rows["money"] == {"dimension": "money", "count": 1, "sum": None, "min": None, "max": None,
                             "si_unit": None}
    assert rows["ratio"]["count"] == 1 and rows["ratio"]["si_unit"] is None
    assert [r["dimension"] for r in summary.tables()["dimensions"]] == ["length", "mass", "money", "ratio"]


def test_summary_range_counts_its_upper_end_for_max():
    from factx.summary import Summary

    summary = Summary()
    for fact in factx.extract("明天气温15至22℃，后天最低10℃。"):
        summary.add(fact)
    (row,) = summary.tables()["dimensions"]
    assert row == {"dimension": "temperature", "count": 2, "sum": 25, "min": 10, "max": 22, "si_unit": "degC"}


# ---------------------------------------------------------------------------------------
# the gold files: every quantity, money and percent row gets a dimension, and a hand-checked
# sample of them gets the right SI value (the gold rows themselves are not rewritten)
# ---------------------------------------------------------------------------------------

#: (gold file, text) -> (dimension, si_value, si_value_max, si_unit), worked out by hand.
GOLD_SI = {
    ("agriculture_harvest", "4465万亩"): ("area", 446500000000 / 15, None, "m2"),
    ("agriculture_harvest", "一千二百多斤"): ("mass", 600, None, "kg"),
    ("agriculture_harvest", "120千公顷"): ("area", 1200000000, None, "m2"),
    ("agriculture_harvest", "521.3公斤/亩"): ("mass", 521.3, None, "kg"),
    ("agriculture_harvest", "30亿千瓦时"): ("energy", 1.08e16, None, "J"),
    ("agriculture_harvest", "两个半小时左右"): ("duration", 9000, None, "s"),
    ("city_governance", "两刻钟"): ("duration", 1800, None, "s"),
    ("city_governance", "1.2米"): ("length", 1.2, None, "m"),
    ("economy_trade_international", "1.5万英亩"): ("area", 60702846.336, None, "m2"),
    ("economy_trade_international", "13个月"): ("duration", 34187400, None, "s"),
    ("economy_trade_international", "75周年"): ("duration", 2366820000, None, "s"),
    ("heldout_disaster", "10千米"): ("length", 10000, None, "m"),
    ("heldout_disaster", "3℃"): ("temperature", 3, None, "degC"),
    ("heldout_disaster", "25.87度"): ("other", None, None, None),
    ("heldout_energy", "100万千瓦"): ("power", 1000000000, None, "W"),
    ("heldout_energy", "6.25兆瓦"): ("power", 6250000, None, "W"),
    ("heldout_energy", "400兆瓦时"): ("energy", 1.44e12, None, "J"),
    ("heldout_energy", "约1850万吨标准煤"): ("energy", 5.421906e17, None, "J"),
    ("heldout_energy", "800千伏"): ("other", None, None, None),
    ("heldout_realestate", "141.3万平方米"): ("area", 1413000, None, "m2"),
    ("public_health", "20-30毫米"): ("length", 0.02, 0.03, "m"),
    ("public_health", "近八旬"): ("duration", 6912000, None, "s"),
    ("public_health", "半个钟头"): ("duration", 1800, None, "s"),
    ("sport_games", "10.05秒"): ("duration", 10.05, None, "s"),
    ("sport_games", "26.2英里"): ("length", 42164.8128, None, "m"),
    ("sport_games", "四载"): ("duration", 126230400, None, "s"),
    ("transport_railway", "一千零五十万立方米"): ("volume", 10500000, None, "m3"),
    ("weather_rainstorm", "3510平方公里"): ("area", 3510000000, None, "m2"),
    ("weather_rainstorm", "8200立方米/秒"): ("volume", 8200, None, "m3"),
}


def _gold_pairs():
    from scoring import GOLD, SAMPLES, load_gold, load_text

    for path in sorted(p for p in GOLD.glob("*.jsonl") if not p.name.endswith(".links.jsonl")):
        text = load_text(SAMPLES / f"{path.stem}.txt")
        facts = {(f.start, f.end): f for f in factx.extract(text, doc=f"{path.stem}.txt")}
        yield path.stem, load_gold(path), facts


def test_gold_numeric_rows_get_a_dimension():
    matched = 0
    for _name, rows, facts in _gold_pairs():
        for row in rows:
            if row["type"] not in NUM or (row["start"], row["end"]) not in facts:
                continue
            fact = facts[row["start"], row["end"]]
            matched += 1
            assert fact.dimension is not None, fact
            if fact.type == "money":
                assert fact.dimension == "money" and fact.si_value is None
            elif fact.type == "percent":
                assert fact.dimension == "ratio" and fact.si_value is None
            else:
                assert fact.dimension not in ("money",)
                assert (fact.si_value is None) == (fact.si_unit is None), fact
    assert matched >= 800  # 829 of the numeric gold rows are found with their exact span


def test_gold_sample_si_values():
    seen = set()
    for name, rows, facts in _gold_pairs():
        for row in rows:
            key = (name, row["text"])
            if key not in GOLD_SI or key in seen:
                continue
            seen.add(key)
            fact = facts[row["start"], row["end"]]
            got = (fact.dimension, fact.si_value, fact.si_value_max, fact.si_unit)
            assert all(map(_same, got, GOLD_SI[key])), (key, got)
    assert seen == set(GOLD_SI)
