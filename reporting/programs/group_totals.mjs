// Sums kg CO2e per group exactly (decimal strings, BigInt arithmetic, no floats).
// stdin:  {"rows": [{"group": "fuel", "co2e_kg": "12.500"}, ...], "places": 6}
// stdout: {"groups": [{"group": "fuel", "activities": 1, "co2e_kg": "12.500000"}],
//          "total": {"activities": 1, "co2e_kg": "12.500000"}}
const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const input = JSON.parse(Buffer.concat(chunks).toString("utf8"));
const places = Number.isInteger(input.places) ? input.places : 6;
const scale = 10n ** BigInt(places);

function toScaled(text) {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(String(text).trim());
  if (!match) throw new Error(`not a decimal: ${text}`);
  const [, sign, whole, fraction = ""] = match;
  const digits = (fraction + "0".repeat(places)).slice(0, places);
  const value = BigInt(whole) * scale + BigInt(digits || "0");
  return sign ? -value : value;
}

function format(value) {
  const sign = value < 0n ? "-" : "";
  const abs = value < 0n ? -value : value;
  const whole = abs / scale;
  const fraction = (abs % scale).toString().padStart(places, "0");
  return places ? `${sign}${whole}.${fraction}` : `${sign}${whole}`;
}

const groups = new Map();
let total = 0n;
for (const row of input.rows ?? []) {
  const value = toScaled(row.co2e_kg);
  const entry = groups.get(row.group) ?? { activities: 0, sum: 0n };
  entry.activities += 1;
  entry.sum += value;
  groups.set(row.group, entry);
  total += value;
}
const output = {
  groups: [...groups.entries()]
    .sort((a, b) => (a[1].sum < b[1].sum ? 1 : a[1].sum > b[1].sum ? -1 : 0))
    .map(([group, entry]) => ({ group, activities: entry.activities, co2e_kg: format(entry.sum) })),
  total: { activities: (input.rows ?? []).length, co2e_kg: format(total) },
};
process.stdout.write(JSON.stringify(output));
