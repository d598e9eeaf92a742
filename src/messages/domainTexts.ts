/** Texts of the scoring domain (template format, checks, entries, ranking, awards): vi-VN first, en-US second. */
export const domainTexts = {
  // --- template format (parse) ---
  "template.required": { vi: "Thiếu trường bắt buộc.", en: "A required field is missing." },
  "template.wrongType": { vi: "Sai kiểu dữ liệu: cần {expected}.", en: "Wrong type: expected {expected}." },
  "type.number": { vi: "một số", en: "a number" },
  "type.string": { vi: "một chuỗi văn bản", en: "a string" },
  "type.boolean": { vi: "true hoặc false", en: "true or false" },
  "type.array": { vi: "một danh sách [ ]", en: "a list [ ]" },
  "type.object": { vi: "một đối tượng { }", en: "an object { }" },
  "type.other": { vi: "kiểu khác", en: "another type" },
  "template.tooSmall": { vi: "Giá trị quá nhỏ (tối thiểu {minimum}).", en: "Value too small (minimum {minimum})." },
  "template.tooBig": { vi: "Giá trị quá lớn (tối đa {maximum}).", en: "Value too large (maximum {maximum})." },
  "template.unknownKeys": {
    vi: "Trường không được hỗ trợ: {keys}. Xoá trường này hoặc kiểm tra chính tả.",
    en: "Fields not supported: {keys}. Remove them or check the spelling.",
  },
  "template.badValue": { vi: "Giá trị không hợp lệ; cho phép: {allowed}.", en: "Invalid value; allowed: {allowed}." },
  "template.badFormat": { vi: "Định dạng không hợp lệ: {detail}.", en: "Invalid format: {detail}." },
  "template.other": { vi: "Không hợp lệ: {detail}.", en: "Invalid: {detail}." },
  "template.leafNeedsMax": {
    vi: "Tiêu chí {code} chưa có điểm tối đa (max). Thêm \"max\" cho tiêu chí này.",
    en: "Criterion {code} has no maximum (max). Add \"max\" to it.",
  },
  "template.groupHasMethod": {
    vi: "Nhóm {code} có tiêu chí con nên không được có cách chấm (method); chuyển cách chấm xuống tiêu chí con.",
    en: "Group {code} has sub-criteria, so it cannot have a scoring method; move the method to its children.",
  },
  "template.gateMethod": {
    vi: "Tiêu chí điều kiện {code} phải chấm Đạt/Không đạt (method passFail).",
    en: "Gate criterion {code} must be scored pass/fail (method passFail).",
  },
  "template.kindConflict": {
    vi: "Tiêu chí {code} có loại \"{kind}\" khác loại \"{parentKind}\" của nhóm cha.",
    en: "Criterion {code} is of kind \"{kind}\" but its group is \"{parentKind}\".",
  },
  "template.levelOutOfRange": {
    vi: "Mức {points} điểm của tiêu chí {code} nằm ngoài 0…{max}.",
    en: "Level {points} of criterion {code} is outside 0…{max}.",
  },
  "template.relativeNotScored": {
    vi: "Tiêu chí {code}: cách chấm so với đơn vị dẫn đầu chỉ dùng cho tiêu chí tính điểm (scored).",
    en: "Criterion {code}: the relative-to-best method is only for scored criteria.",
  },
  "template.unknownTieBreakCode": {
    vi: "Tiêu chí phân định bằng điểm {code} không có trong mẫu.",
    en: "Tie-break criterion {code} is not in the template.",
  },
  "template.unknownAwardBand": {
    vi: "Hình thức khen thưởng {award} dùng mức xếp loại \"{band}\" không có trong mẫu.",
    en: "Award {award} refers to band \"{band}\", which the template does not define.",
  },
  // --- template checks (warnings with the numbers) ---
  "check.childrenSumMismatch": {
    vi: "Nhóm {code}: tổng điểm các tiêu chí con là {sum} nhưng điểm tối đa của nhóm là {max}.",
    en: "Group {code}: its children add up to {sum} but the group maximum is {max}.",
  },
  "check.totalMismatch": {
    vi: "Tổng điểm các nhóm tính điểm là {sum} nhưng thang điểm của mẫu là {total}.",
    en: "The scored groups add up to {sum} but the template total is {total}.",
  },
  "check.duplicateCode": {
    vi: "Mã tiêu chí {code} bị trùng ({count} lần): điểm nhập không thể gắn đúng tiêu chí. Đặt mã khác nhau.",
    en: "Criterion code {code} is used {count} times: entries cannot be matched. Make the codes unique.",
  },
  "check.stepDoesNotDivideMax": {
    vi: "Tiêu chí {code}: bước điểm {step} không chia hết điểm tối đa {max}, nên không thể chấm đủ điểm tối đa.",
    en: "Criterion {code}: step {step} does not divide the maximum {max}, so the maximum cannot be entered.",
  },
  "check.perCountCapOverMax": {
    vi: "Tiêu chí {code}: mức trần {cap} lớn hơn điểm tối đa {max}; điểm vẫn không vượt {max}.",
    en: "Criterion {code}: cap {cap} is above the maximum {max}; points still stop at {max}.",
  },
  "check.levelsMissingMax": {
    vi: "Tiêu chí {code}: không có mức nào bằng điểm tối đa {max} (mức cao nhất {top}).",
    en: "Criterion {code}: no level equals the maximum {max} (highest level {top}).",
  },
  "check.bandsOverlap": {
    vi: "Mức xếp loại \"{a}\" ({aRange}) và \"{b}\" ({bRange}) chồng lên nhau.",
    en: "Bands \"{a}\" ({aRange}) and \"{b}\" ({bRange}) overlap.",
  },
  "check.bandsGap": {
    vi: "Giữa mức \"{lower}\" ({lowerRange}) và \"{upper}\" ({upperRange}) có khoảng trống: điểm như {example} không thuộc mức nào. Mẫu quy định: {rule}.",
    en: "There is a gap between bands \"{lower}\" ({lowerRange}) and \"{upper}\" ({upperRange}): a score such as {example} is in no band. The template says: {rule}.",
  },
  "check.bandsBottom": {
    vi: "Mức xếp loại thấp nhất bắt đầu từ {min}, điểm dưới {min} không được xếp loại.",
    en: "The lowest band starts at {min}; scores below {min} are unclassified.",
  },
  "check.bandGapRule.lowerBand": { vi: "xếp vào mức thấp hơn", en: "classified in the lower band" },
  "check.bandGapRule.unclassified": { vi: "không xếp loại", en: "left unclassified" },
  "check.quotaImpossible": {
    vi: "Hình thức {award}: chỉ tiêu {quota} đơn vị nhưng cụm chỉ có {units} đơn vị.",
    en: "Award {award}: quota of {quota} units but the cluster has only {units}.",
  },
  "check.quotaZero": {
    vi: "Hình thức {award}: {percent}% của {units} đơn vị, làm tròn xuống còn 0 – không đơn vị nào được đề nghị.",
    en: "Award {award}: {percent}% of {units} units rounds down to 0 – no unit can be proposed.",
  },
  // --- entry validation ---
  "entry.notANumber": {
    vi: "\"{value}\" không phải là số. Hãy nhập số điểm của tiêu chí này bằng chữ số.",
    en: "\"{value}\" is not a number. Enter this criterion's points in digits.",
  },
  "entry.textNumber": {
    vi: "\"{value}\" là chữ trông giống số nên không được tính điểm. Đổi ô thành số {number}.",
    en: "\"{value}\" is text that looks like a number, so it is not counted. Convert the cell to the number {number}.",
  },
  "entry.ambiguousNumber": {
    vi: "\"{value}\" không rõ là {a} hay {b}. Nhập lại dưới dạng số, không dùng dấu phân cách hàng nghìn.",
    en: "\"{value}\" could mean {a} or {b}. Re-enter it as a number, without a thousands separator.",
  },
  "entry.belowZero": { vi: "Điểm {value} nhỏ hơn 0. Nhập từ 0 đến {max}.", en: "{value} is below 0. Enter 0 to {max}." },
  "entry.aboveMax": {
    vi: "Điểm {value} vượt điểm tối đa {max}. Nhập từ 0 đến {max}.",
    en: "{value} is above the maximum {max}. Enter 0 to {max}.",
  },
  "entry.offStep": {
    vi: "Điểm {value} không theo bước {step}. Gợi ý: {suggestion}.",
    en: "{value} is not a multiple of the step {step}. Suggestion: {suggestion}.",
  },
  "entry.missing": { vi: "Chưa chấm điểm.", en: "No score entered." },
  "entry.passFailUnrecognised": {
    vi: "\"{value}\" không phải Đạt/Không đạt. Nhập \"Đạt\" hoặc \"Không đạt\".",
    en: "\"{value}\" is not pass/fail. Enter \"Đạt\" (pass) or \"Không đạt\" (fail).",
  },
  "entry.levelNotAllowed": {
    vi: "{value} không phải một mức của tiêu chí này. Chọn một trong: {levels}.",
    en: "{value} is not one of this criterion's levels. Choose one of: {levels}.",
  },
  "entry.countNotWhole": {
    vi: "Số lần phải là số nguyên không âm; \"{value}\" không hợp lệ.",
    en: "The count must be a whole number ≥ 0; \"{value}\" is not.",
  },
  "entry.percentInvalid": {
    vi: "Tỷ lệ hoàn thành chỉ tiêu phải là số % không âm (ví dụ 95 cho 95%); \"{value}\" không hợp lệ.",
    en: "The share of target must be a percentage ≥ 0 (e.g. 95 for 95%); \"{value}\" is not.",
  },
  "entry.naNotAllowed": {
    vi: "Tiêu chí này không được đánh dấu \"không áp dụng\". Nhập điểm.",
    en: "This criterion cannot be marked not applicable. Enter a score.",
  },
  "entry.bonusOverCap": {
    vi: "Tổng điểm cộng {sum} vượt mức trần {cap}; chỉ tính {cap}.",
    en: "Bonus points total {sum}, above the cap of {cap}; only {cap} counts.",
  },
  "entry.penaltyOverCap": {
    vi: "Tổng điểm trừ {sum} vượt mức trần {cap}; chỉ trừ {cap}.",
    en: "Deductions total {sum}, above the cap of {cap}; only {cap} is deducted.",
  },
  "entry.gateFailed": {
    vi: "Không đạt tiêu chí điều kiện {code} ({title}): đơn vị {effect}.",
    en: "Gate {code} ({title}) failed: the unit is {effect}.",
  },
  "entry.gateEffect.ineligible": { vi: "không đủ điều kiện đề nghị khen thưởng", en: "not eligible for awards" },
  "entry.gateEffect.unclassified": {
    vi: "không được xếp loại và không đủ điều kiện khen thưởng",
    en: "unclassified and not eligible for awards",
  },
  "entry.selfClusterGap": {
    vi: "Tự chấm {self}, cụm chấm {cluster}: chênh {gap} điểm, vượt ngưỡng {threshold}. Ghi lý do hoặc thống nhất lại.",
    en: "Self score {self}, cluster score {cluster}: a gap of {gap}, above the threshold {threshold}. Record the reason or agree again.",
  },
  "entry.duplicateUnit": {
    vi: "Đơn vị \"{name}\" trùng với \"{other}\" (sau khi chuẩn hoá chữ). Giữ một tên.",
    en: "Unit \"{name}\" is the same as \"{other}\" after normalisation. Keep one name.",
  },
  "entry.unknownUnit": {
    vi: "Đơn vị \"{name}\" không có trong danh sách đơn vị của cụm. Kiểm tra chính tả hoặc thêm đơn vị.",
    en: "Unit \"{name}\" is not in the cluster's list of units. Check the spelling or add the unit.",
  },
  "entry.unknownCriterion": {
    vi: "Mã tiêu chí \"{code}\" không có trong mẫu (hoặc là nhóm, không phải tiêu chí để chấm).",
    en: "Criterion code \"{code}\" is not in the template (or is a group, not a scorable criterion).",
  },
  "entry.duplicateEntry": {
    vi: "Điểm của đơn vị \"{unit}\" cho tiêu chí {code} được nhập hai lần; dùng lần đầu. Xoá một dòng.",
    en: "The score of \"{unit}\" for {code} is entered twice; the first is used. Delete one.",
  },
  "entry.emptyUnitName": { vi: "Tên đơn vị để trống.", en: "The unit name is empty." },
  // --- fixes ---
  "fix.convertToNumber": { vi: "Đổi thành số {number}", en: "Convert to the number {number}" },
  "fix.useValue": { vi: "Nhập {number}", en: "Enter {number}" },
  "fix.enterScore": { vi: "Nhập điểm từ 0 đến {max}", en: "Enter a score from 0 to {max}" },
  // --- ranking explanations ---
  "rank.tieBroken": {
    vi: "Bằng {total} với {others}; xếp trên {below} nhờ {key} ({mine} so với {theirs}).",
    en: "Tied on {total} with {others}; ranked above {below} on {key} ({mine} vs {theirs}).",
  },
  "rank.tieShared": {
    vi: "Bằng {total} với {others}, các tiêu chí phân định cũng bằng nhau: đồng hạng {rank}.",
    en: "Tied on {total} with {others}, and equal on every tie-break: shares rank {rank}.",
  },
  "rank.tieBelow": {
    vi: "Bằng {total} với {others}; xếp dưới {above} do {key} ({mine} so với {theirs}).",
    en: "Tied on {total} with {others}; ranked below {above} on {key} ({mine} vs {theirs}).",
  },
  "rank.exactAbove": {
    vi: "Cùng {total} (làm tròn) với {others}; xếp trên {below} vì tỷ lệ chính xác cao hơn ({mine}% so với {theirs}%).",
    en: "Shows the same {total} (rounded) as {others}; ranked above {below} on the exact share ({mine}% vs {theirs}%).",
  },
  "rank.exactBelow": {
    vi: "Cùng {total} (làm tròn) với {others}; xếp dưới {above} vì tỷ lệ chính xác thấp hơn ({mine}% so với {theirs}%).",
    en: "Shows the same {total} (rounded) as {others}; ranked below {above} on the exact share ({mine}% vs {theirs}%).",
  },
  "rank.unitsAll": { vi: "{count} đơn vị (5 đơn vị đầu: {first})", en: "{count} units (first 5: {first})" },
  "rank.unitsMany": { vi: "{count} đơn vị khác (5 đơn vị đầu: {first})", en: "{count} other units (first 5: {first})" },
  "rank.value.points": { vi: "{n} điểm", en: "{n} points" },
  "rank.value.percent": { vi: "{n}% điểm tối đa của mình", en: "{n}% of its own maximum" },
  "rank.key.criterion": { vi: "điểm mục {code}", en: "the score on item {code}" },
  "rank.key.criterionTitled": { vi: "điểm mục {code} “{title}”", en: "the score on item {code} “{title}”" },
  "rank.key.penalty": { vi: "điểm trừ ít hơn", en: "fewer deductions" },
  "rank.key.bonus": { vi: "điểm cộng nhiều hơn", en: "more bonus points" },
  "rank.key.selfTotal": { vi: "điểm tự chấm cao hơn", en: "a higher self score" },
  // --- awards ---
  "award.proposed": { vi: "Đề nghị {award} (hạng {rank}).", en: "Proposed for {award} (rank {rank})." },
  "award.needsVote": {
    vi: "Cần bình xét: {units} đồng hạng {rank} tranh {slots} suất {award}.",
    en: "Needs a vote: {units} share rank {rank} for {slots} {slots:place|places} of {award}.",
  },
  "award.fallbackAll": {
    vi: "Đơn vị không được chọn {previous} được đề nghị {award} (xếp trước các đơn vị hạng dưới).",
    en: "The units not chosen for {previous} are proposed for {award} (ahead of every unit ranked below).",
  },
  "award.fallbackVote": {
    vi: "{among} đơn vị không được chọn {previous} tiếp tục bình xét {slots} suất {award} (xếp trước các đơn vị hạng dưới).",
    en: "The {among} units not chosen for {previous} vote again for {slots} {slots:place|places} of {award} (ahead of every unit ranked below).",
  },
  "award.gatePending": {
    vi: "Chờ xác nhận điều kiện {codes}: chưa đề nghị khen thưởng cho đến khi nhập Đạt hoặc Không đạt.",
    en: "Gate {codes} awaiting a decision: no award is proposed until Đạt (pass) or Không đạt (fail) is entered.",
  },
  "award.pendingHeading": { vi: "Chờ xác nhận điều kiện", en: "Gates awaiting a decision" },
  "award.cell.pending": { vi: "Chờ xác nhận điều kiện", en: "Gate awaiting a decision" },
  "award.cell.otherwise": { vi: "; nếu không: ", en: "; otherwise: " },
  "eligibility.pending": { vi: "Chờ xác nhận", en: "Awaiting" },
  "award.ineligible": { vi: "Không đủ điều kiện khen thưởng: {reasons}.", en: "Not eligible for awards: {reasons}." },
  "award.belowMinScore": { vi: "chưa đạt {min} điểm", en: "below {min} points" },
  "award.gateFailed": { vi: "không đạt điều kiện {code}", en: "failed gate {code}" },
  "band.unclassified": { vi: "Không xếp loại", en: "Unclassified" },
} as const satisfies Record<string, { vi: string; en: string }>;
