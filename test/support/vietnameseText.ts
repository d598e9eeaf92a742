/**
 * Test helpers for Vietnamese text: real syllables to build names from (fast-check), and encoders that
 * write Unicode text the way legacy fonts and wrong decodings store it. The encodings come from published
 * tables (TCVN 5712:1993 via glibc's TCVN5712-1 converter; the VNI-Windows code page), written out here
 * independently of the product's decoders.
 */
import fc from "fast-check";

/** The 134 Vietnamese letters that are not plain ASCII. */
export const VIETNAMESE_LETTERS = [..."ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯưẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹ"];
/** Each letter as TCVN3 stores it, shown as Windows-1252 (capitals with a tone from the full VN1 table). */
export const TCVN3_OF: readonly string[] = ["\u20AC", "ƒ", "¢", "\u201A", "\u2021", "Š", "£", "\u008D", "\u0090", "\u2019", "\u2022", "¤", "\u201D", "\u009D", "\u0001", "\u0016", "µ", "¸", "©", "·", "Ì", "Ð", "ª", "×", "Ý", "ß", "ã", "«", "â", "ï", "ó", "ý", "¡", "¨", "§", "®", "\u008F", "Ü", "Ÿ", "ò", "¥", "¬", "¦", "\u00AD", "\u201E", "¹", "\u0081", "¶", "Ä", "Ê", "Á", "Ç", "Â", "È", "Ã", "É", "\u2020", "Ë", "À", "¾", "¯", "»", "º", "¼", "¿", "½", "\u2026", "Æ", "\u2039", "Ñ", "ˆ", "Î", "\u2030", "Ï", "Ú", "Õ", "Å", "Ò", "Í", "Ó", "Ù", "Ô", "Œ", "Ö", "Ž", "Ø", "\u2018", "Þ", "\u2013", "ä", "\u201C", "á", "ÿ", "è", "Û", "å", "à", "æ", "ð", "ç", "\u2014", "é", "\u203A", "í", "˜", "ê", "\u2122", "ë", "š", "ì", "œ", "î", "\u0002", "ô", "ž", "ñ", "\u0011", "ø", "\u0004", "õ", "\u0005", "ö", "\u0006", "÷", "\u0012", "ù", "\u0013", "ú", "\u0017", "þ", "\u0014", "û", "\u0015", "ü"];
/** Each letter as VNI-Windows stores it. */
export const VNI_OF: readonly string[] = ["AØ", "AÙ", "AÂ", "AÕ", "EØ", "EÙ", "EÂ", "Ì", "Í", "OØ", "OÙ", "OÂ", "OÕ", "UØ", "UÙ", "YÙ", "aø", "aù", "aâ", "aõ", "eø", "eù", "eâ", "ì", "í", "oø", "où", "oâ", "oõ", "uø", "uù", "yù", "AÊ", "aê", "Ñ", "ñ", "Ó", "ó", "UÕ", "uõ", "Ô", "ô", "Ö", "ö", "AÏ", "aï", "AÛ", "aû", "AÁ", "aá", "AÀ", "aà", "AÅ", "aå", "AÃ", "aã", "AÄ", "aä", "AÉ", "aé", "AÈ", "aè", "AÚ", "aú", "AÜ", "aü", "AË", "aë", "EÏ", "eï", "EÛ", "eû", "EÕ", "eõ", "EÁ", "eá", "EÀ", "eà", "EÅ", "eå", "EÃ", "eã", "EÄ", "eä", "Æ", "æ", "Ò", "ò", "OÏ", "oï", "OÛ", "oû", "OÁ", "oá", "OÀ", "oà", "OÅ", "oå", "OÃ", "oã", "OÄ", "oä", "ÔÙ", "ôù", "ÔØ", "ôø", "ÔÛ", "ôû", "ÔÕ", "ôõ", "ÔÏ", "ôï", "UÏ", "uï", "UÛ", "uû", "ÖÙ", "öù", "ÖØ", "öø", "ÖÛ", "öû", "ÖÕ", "öõ", "ÖÏ", "öï", "YØ", "yø", "Î", "î", "YÛ", "yû", "YÕ", "yõ"];

const TCVN3_MAP = new Map(VIETNAMESE_LETTERS.map((l, i) => [l, TCVN3_OF[i]!]));
const VNI_MAP = new Map(VIETNAMESE_LETTERS.map((l, i) => [l, VNI_OF[i]!]));

/** Unicode (NFC) → TCVN3 as Windows shows it: "Hòa Bình" → "Hßa B×nh". */
export function toTcvn3(s: string): string {
  return [...s.normalize("NFC")].map((ch) => TCVN3_MAP.get(ch) ?? ch).join("");
}

/** Unicode (NFC) → VNI-Windows: "Hội" → "Hoäi". */
export function toVni(s: string): string {
  return [...s.normalize("NFC")].map((ch) => VNI_MAP.get(ch) ?? ch).join("");
}

/** UTF-8 bytes shown in a Windows code page: "Hội" → "Há»™i" (Node's WHATWG decoders). */
export function toMojibake(s: string, codePage: "windows-1252" | "windows-1258" = "windows-1252"): string {
  return new TextDecoder(codePage).decode(new TextEncoder().encode(s.normalize("NFC")));
}

/** Real syllables (place names, unit names, common words) covering every Vietnamese letter and tone. */
export const SYLLABLES = `
hà giang cao bằng lào cai yên bái tuyên quang thái nguyên bắc kạn lạng sơn phú thọ vĩnh phúc hòa bình
điện biên lai châu la hải dương hưng nam định ninh thanh hóa nghệ an tĩnh quảng trị thừa thiên huế
đà nẵng ngãi kon tum gia lai đắk lắk nông lâm đồng khánh thuận tây tiền long bến tre trà vinh sóc trăng
cà mau bạc liêu kiên cần thơ hậu hồ chí minh đoàn hội cựu chiến binh phụ nữ công an huyện xã phường
thị trấn thủy khỏe ủy ban nhân dân trường tiểu học trung sở nội vụ tài nguyên môi tổng cục thuế ngọc
lộc quý tỉnh hoàng mai đống đa ba đình cầu giấy thạch thất ứng hòa mỹ đức sóc sơn ngã năm ỷ lụa
ỹ ỵ ỳ ý ễ ẽ ẫ ẵ ỗ ỡ ữ ũ ĩ õ ã ẻ ể ẩ ẳ ỏ ổ ở ủ ử ỉ ỷ ặ ậ ệ ộ ợ ự ụ ị ọ ẹ ạ ấ ắ ế ố ớ ứ ù ừ ờ ồ ề ầ ằ
khuyến nghiệp uyên nguyễn quyết thuở người rượu khuya ngoẹo oải xoáy giữa gìn quốc tuấn hưởng
huỳnh khuých ếch xẻng pưh krông búk pắc nhé nậm pồ sìn xín mần mèo vạc hoạch khuếch tiếng việc
`.trim().split(/\s+/u);

const titleCase = (w: string) => w.charAt(0).toLocaleUpperCase("vi") + w.slice(1);

/** A unit name: one to five real syllables, in lower, title or upper case. */
export const vietnameseName = (): fc.Arbitrary<string> =>
  fc
    .tuple(fc.array(fc.constantFrom(...SYLLABLES), { minLength: 1, maxLength: 5 }), fc.constantFrom("lower", "title", "upper"))
    .map(([words, style]) =>
      words.map((w) => (style === "upper" ? w.toLocaleUpperCase("vi") : style === "title" ? titleCase(w) : w)).join(" "),
    );

/** The provinces and cities of Việt Nam (before the 2025 merger), as units are often named. */
export const PROVINCES = `Hà Nội;Hồ Chí Minh;Hải Phòng;Đà Nẵng;Cần Thơ;Hà Giang;Cao Bằng;Bắc Kạn;Tuyên Quang;Lào Cai;Điện Biên;Lai Châu;
Sơn La;Yên Bái;Hòa Bình;Thái Nguyên;Lạng Sơn;Quảng Ninh;Bắc Giang;Phú Thọ;Vĩnh Phúc;Bắc Ninh;Hải Dương;Hưng Yên;Thái Bình;Hà Nam;
Nam Định;Ninh Bình;Thanh Hóa;Nghệ An;Hà Tĩnh;Quảng Bình;Quảng Trị;Thừa Thiên Huế;Quảng Nam;Quảng Ngãi;Bình Định;Phú Yên;Khánh Hòa;
Ninh Thuận;Bình Thuận;Kon Tum;Gia Lai;Đắk Lắk;Đắk Nông;Lâm Đồng;Bình Phước;Tây Ninh;Bình Dương;Đồng Nai;Bà Rịa – Vũng Tàu;Long An;
Tiền Giang;Bến Tre;Trà Vinh;Vĩnh Long;Đồng Tháp;An Giang;Kiên Giang;Hậu Giang;Sóc Trăng;Bạc Liêu;Cà Mau`
  .split(";")
  .map((s) => s.trim());
