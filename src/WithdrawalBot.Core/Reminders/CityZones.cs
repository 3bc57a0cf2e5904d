using System.Text;
using WithdrawalBot.Core.Text;

namespace WithdrawalBot.Core.Reminders;

/// <summary>
/// Places users name that the tz database has no zone for by that name: cities and countries in Arabic (<c>بغداد</c>,
/// <c>أربيل</c>, <c>البصرة</c>, <c>ألمانيا</c>) and cities in English that share another city's zone (<c>Erbil</c>,
/// <c>Basra</c>, <c>Washington</c>). Only places with one time zone; "عمان" (Amman or Oman) is left out as ambiguous.
/// </summary>
public static class CityZones
{
    private static readonly Dictionary<string, string> Zones = Build(new()
    {
        ["Asia/Baghdad"] =
        [
            "العراق", "بغداد", "اربيل", "هولير", "البصرة", "الموصل", "النجف", "كربلاء", "السليمانية", "كركوك", "دهوك", "الرمادي",
            "الفلوجة", "الناصرية", "العمارة", "الحلة", "الديوانية", "الكوت", "سامراء", "تكريت", "بعقوبة", "الانبار", "كردستان",
            "iraq", "erbil", "arbil", "irbil", "hawler", "basra", "basrah", "mosul", "najaf", "karbala", "kerbala", "sulaymaniyah",
            "sulaimani", "slemani", "kirkuk", "duhok", "dohuk", "ramadi", "fallujah", "nasiriyah", "amarah", "hillah", "kut", "samarra",
            "tikrit", "baqubah", "anbar", "kurdistan",
        ],
        ["Asia/Damascus"] = ["دمشق", "سوريا", "حلب", "syria"],
        ["Asia/Beirut"] = ["بيروت", "لبنان", "lebanon"],
        ["Asia/Amman"] = ["الاردن", "jordan"],
        ["Asia/Riyadh"] = ["الرياض", "السعودية", "جدة", "مكة", "المدينة المنورة", "saudi arabia", "jeddah", "mecca", "makkah", "medina"],
        ["Asia/Kuwait"] = ["الكويت", "kuwait"],
        ["Asia/Qatar"] = ["الدوحة", "قطر", "doha", "qatar"],
        ["Asia/Bahrain"] = ["المنامة", "البحرين", "manama", "bahrain"],
        ["Asia/Dubai"] = ["دبي", "ابوظبي", "ابو ظبي", "الشارقة", "الامارات", "abu dhabi", "sharjah", "uae", "emirates"],
        ["Asia/Muscat"] = ["مسقط", "muscat"],
        ["Asia/Tehran"] = ["طهران", "ايران", "مشهد", "iran"],
        ["Europe/Istanbul"] = ["اسطنبول", "استنبول", "انقرة", "تركيا", "ankara", "turkey", "turkiye"],
        ["Africa/Cairo"] = ["القاهرة", "مصر", "الاسكندرية", "egypt", "alexandria"],
        ["Europe/London"] = ["لندن", "بريطانيا", "مانشستر", "britain", "uk", "england", "manchester", "birmingham"],
        ["Europe/Berlin"] = ["برلين", "المانيا", "هامبورغ", "ميونخ", "germany", "hamburg", "munich"],
        ["Europe/Paris"] = ["باريس", "فرنسا", "france"],
        ["Europe/Rome"] = ["روما", "ايطاليا", "italy"],
        ["Europe/Madrid"] = ["مدريد", "اسبانيا", "spain"],
        ["Europe/Stockholm"] = ["ستوكهولم", "السويد", "مالمو", "sweden", "malmo"],
        ["Europe/Amsterdam"] = ["امستردام", "هولندا", "netherlands", "holland"],
        ["Europe/Copenhagen"] = ["كوبنهاغن", "الدنمارك", "denmark"],
        ["Europe/Oslo"] = ["اوسلو", "النرويج", "norway"],
        ["Europe/Helsinki"] = ["هلسنكي", "فنلندا", "finland"],
        ["Europe/Vienna"] = ["فيينا", "النمسا", "austria"],
        ["Europe/Brussels"] = ["بروكسل", "بلجيكا", "belgium"],
        ["Europe/Moscow"] = ["موسكو"],
        ["America/New_York"] = ["واشنطن", "نيويورك", "washington", "washington dc", "dc", "nyc", "boston"],
        ["America/Detroit"] = ["ديترويت", "ديربورن", "dearborn"],
        ["America/Chicago"] = ["شيكاغو"],
        ["America/Los_Angeles"] = ["لوس انجلوس", "سان دييغو", "san diego", "san francisco"],
        ["America/Toronto"] = ["تورنتو", "اوتاوا", "ottawa"],
        ["Australia/Sydney"] = ["سيدني"],
        ["Australia/Melbourne"] = ["ملبورن"],
    });

    /// <summary>The IANA zone id of a place named in Arabic or English (any letter case, with or without hamza or "ال"); <c>null</c> when it is not listed.</summary>
    public static string? Find(string? place)
    {
        var key = Key(place ?? "");
        return key.Length > 0 && Zones.TryGetValue(key, out var zone) ? zone : null;
    }

    private static Dictionary<string, string> Build(Dictionary<string, string[]> zones)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (zone, places) in zones)
        {
            foreach (var place in places)
            {
                map.Add(Key(place), zone);
            }
        }

        return map;
    }

    /// <summary>Lower case, single spaces, Arabic without marks or tatweel, أ إ آ → ا, ة → ه, ى → ي, and no leading "ال".</summary>
    private static string Key(string place)
    {
        var builder = new StringBuilder(place.Length);
        foreach (var c in place.Trim())
        {
            if (c is (>= '\u064B' and <= '\u065F') or '\u0670' or '\u0640')
            {
                continue;
            }

            builder.Append(c is '_' or '-' ? ' ' : ArabicLetters.FoldSpelling(c));
        }

        var key = string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return key.StartsWith("ال", StringComparison.Ordinal) && key.Length > 4 ? key[2..] : key;
    }
}
