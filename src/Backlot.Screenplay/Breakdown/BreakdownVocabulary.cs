namespace Backlot.Screenplay.Breakdown;

/// <summary>
/// Small word lists behind the capitals convention. They are a first guess, kept short on purpose: a word that
/// is in none of them and reads like a name is taken for a person, which a person then corrects.
/// </summary>
internal static class BreakdownVocabulary
{
    /// <summary>Capitals that are screenplay markup, not things on set.</summary>
    public static readonly HashSet<string> Markup = Set(
        "INT", "EXT", "INT.", "EXT.", "I/E", "EST", "CUT TO", "FADE IN", "FADE OUT", "FADE OUT.", "O.C", "FADE TO BLACK", "DISSOLVE TO",
        "SMASH CUT", "MATCH CUT", "JUMP CUT", "CUT", "FADE", "DISSOLVE", "BEAT", "CONTINUED", "CONT'D", "MORE", "V.O.",
        "O.S.", "O.C.", "POV", "P.O.V.", "ANGLE", "ANGLE ON", "CLOSE ON", "CLOSE", "CLOSE UP", "CLOSE-UP", "WIDE",
        "WIDE SHOT", "INSERT", "SUPER", "SUPERIMPOSE", "TITLE", "TITLE CARD", "CHYRON", "INTERCUT", "INTERCUT WITH",
        "FLASHBACK", "END FLASHBACK", "BACK TO", "BACK TO SCENE", "MONTAGE", "END MONTAGE", "SERIES OF SHOTS",
        "END SERIES OF SHOTS", "SLOW MOTION", "FREEZE FRAME", "THE END", "END", "CREDITS", "OVER BLACK", "BLACK",
        "PAN", "TILT", "ZOOM", "DOLLY", "TRACKING", "REVERSE", "ON SCREEN", "OFF SCREEN", "OS", "VO");

    /// <summary>Function and emphasis words: a run starting or ending with one is trimmed ("He does NOT").</summary>
    public static readonly HashSet<string> StopWords = Set(
        "A", "AN", "THE", "AND", "OR", "BUT", "OF", "TO", "IN", "ON", "AT", "BY", "FOR", "WITH", "FROM", "IS", "IT",
        "IT'S", "I'M", "I'LL", "HE", "SHE", "WE", "THEY", "YOU", "ME", "HIM", "HER", "US", "THEM", "MY", "HIS",
        "OUR", "YOUR", "THIS", "THAT", "NOT", "NO", "YES", "NOW", "NEVER", "ALWAYS", "ALL", "EVERYTHING", "NOTHING",
        "VERY", "REALLY", "OK", "OKAY", "SO", "TOO", "AM", "PM", "DO", "DON'T", "WHAT", "WHY", "HOW", "WHO", "GO",
        "STOP", "HELP", "OUT", "UP", "DOWN", "OFF", "OVER", "BACK", "AWAY", "LATER", "MOMENTS", "SAME", "DAY", "NIGHT", "CONTINUOUS", "MORNING", "EVENING");

    public static readonly HashSet<string> Vehicles = Set(
        "CAR", "TRUCK", "PICKUP", "VAN", "MINIVAN", "BUS", "TAXI", "CAB", "LIMO", "LIMOUSINE", "SEDAN", "COUPE",
        "CONVERTIBLE", "JEEP", "SUV", "MOTORCYCLE", "MOTORBIKE", "SCOOTER", "MOPED", "BIKE", "BICYCLE", "TRACTOR",
        "AMBULANCE", "FIRETRUCK", "CRUISER", "HELICOPTER", "CHOPPER", "PLANE", "AIRPLANE", "JET", "BOAT", "YACHT",
        "CANOE", "SHIP", "FERRY", "TRAIN", "TRAM", "SUBWAY", "TANK", "WAGON", "CARRIAGE", "BUICK", "CADILLAC",
        "CHEVY", "CHEVROLET", "FORD", "MUSTANG", "PONTIAC", "OLDSMOBILE", "DODGE", "PLYMOUTH", "PORSCHE", "FERRARI",
        "MERCEDES", "BMW", "VOLVO", "TOYOTA", "HONDA", "VOLKSWAGEN", "VW", "TESLA", "WINNEBAGO", "RV");

    public static readonly HashSet<string> Sounds = Set(
        "BANG", "BOOM", "CRASH", "THUD", "SLAM", "KNOCK", "RING", "BEEP", "BUZZ", "CLICK", "CLANG", "CLANK", "CLATTER",
        "CLUNK", "SCREAM", "SCREECH", "SHATTER", "SMASH", "THUMP", "WHOOSH", "HONK", "SIREN", "GUNSHOT", "GUNFIRE",
        "RUMBLE", "ROAR", "CREAK", "SNAP", "POP", "CRACK", "SPLASH", "HISS", "WHISTLE", "BLAST", "THUNDER", "RINGTONE",
        "ALARM", "CHIME", "DING", "WAIL", "HOWL", "GROWL", "BARK", "SQUEAL", "SCRAPE", "SILENCE", "STATIC", "HUM",
        "THWACK", "WHACK", "CLACK", "CLICK-CLACK", "WHIR", "WHIRR", "KNOCKING", "ZAP", "KABOOM", "VROOM", "CHIRP", "TICK", "TOCK", "GASP", "SHOT", "SHOTS");

    public static readonly HashSet<string> Effects = Set(
        "EXPLOSION", "EXPLODE", "FIRE", "FLAMES", "FLAME", "FIREBALL", "SMOKE", "FOG", "MIST", "RAIN", "SNOW",
        "LIGHTNING", "SPARKS", "SPARK", "BLOOD", "HOLOGRAM", "LASER", "PORTAL", "GHOST", "GLOW", "FLASH", "MORPH",
        "VANISH", "DISAPPEAR", "SHIMMER", "SQUIB", "SQUIBS", "FIREWORKS");

    public static readonly HashSet<string> Props = Set(
        "GUN", "PISTOL", "REVOLVER", "RIFLE", "SHOTGUN", "KNIFE", "SWORD", "BOMB", "GRENADE", "PHONE", "CELLPHONE",
        "SMARTPHONE", "LETTER", "ENVELOPE", "NOTE", "BRIEFCASE", "BAG", "SUITCASE", "BACKPACK", "PURSE", "WALLET",
        "BOX", "BOTTLE", "GLASS", "CUP", "MUG", "KEY", "KEYS", "BOOK", "NOTEBOOK", "DIARY", "PHOTO", "PHOTOGRAPH",
        "PICTURE", "CAMERA", "LAPTOP", "COMPUTER", "TABLET", "TV", "TELEVISION", "RADIO", "WATCH", "CLOCK", "MONEY",
        "CASH", "MAP", "FILE", "FOLDER", "DOCUMENT", "DOCUMENTS", "PEN", "CIGARETTE", "CIGAR", "LIGHTER", "MATCHES",
        "FLASHLIGHT", "TORCH", "BADGE", "HAT", "DRINK", "BEER", "WINE", "WHISKEY", "COFFEE", "PLATE", "TRAY", "SIGN",
        "NEWSPAPER", "CANDLE", "LAMP", "MIRROR", "UMBRELLA", "ROPE", "CHAIR", "TABLE", "REEL", "CAN", "FILM",
        "PROJECTOR", "TAPE", "CASSETTE", "RECORD", "GUITAR", "PIANO", "BALL", "HAMMER", "AXE", "SYRINGE", "PILLS",
        "RING", "NECKLACE", "PRINTER", "COPIER", "BINDER", "WHISTLE", "ALARM", "LOCKET", "MASK", "BRACELET", "TICKET", "TICKETS", "PASSPORT", "CARD");

    /// <summary>Head nouns that make a run a person, not a thing: "TWO COPS", "A TALL MAN".</summary>
    public static readonly HashSet<string> People = Set(
        "MAN", "MEN", "WOMAN", "WOMEN", "BOY", "BOYS", "GIRL", "GIRLS", "KID", "KIDS", "CHILD", "CHILDREN", "BABY",
        "COP", "COPS", "OFFICER", "OFFICERS", "GUARD", "GUARDS", "NURSE", "NURSES", "DOCTOR", "DOCTORS", "WAITER",
        "WAITRESS", "SOLDIER", "SOLDIERS", "DRIVER", "CLERK", "BARTENDER", "TEENAGER", "TEENAGERS", "CROWD", "PEOPLE",
        "STRANGER", "AGENT", "AGENTS", "PRIEST", "FARMER", "FARMERS", "STUDENT", "STUDENTS", "CUSTOMER", "CUSTOMERS",
        "PATRON", "PATRONS", "USHER", "BAND", "GANG", "TEAM", "FAMILY", "COUPLE", "EXTRAS", "MOTHER", "FATHER", "SISTER", "BROTHER", "GRANDMA", "GRANDPA", "LADY", "GUY");

    /// <summary>Words that make a different character of a speaking one: "YOUNG EDWARD" is not EDWARD.</summary>
    public static readonly HashSet<string> NameModifiers = Set(
        "YOUNG", "YOUNGER", "OLD", "OLDER", "LITTLE", "BABY", "TEEN", "TEENAGE", "ADULT", "ELDERLY", "FUTURE", "DEAD",
        "GHOST", "BIG", "SMALL", "FAKE", "EVIL");

    /// <summary>Words just before a run that make it a thing: "a GUN", "her LOCKET".</summary>
    public static readonly HashSet<string> Determiners = Set(
        "a", "an", "the", "his", "her", "their", "its", "my", "your", "our", "this", "that", "these", "those", "some");

    /// <summary>What may stand just before a name: the start of a sentence, a comma, a conjunction or preposition.</summary>
    public static readonly HashSet<string> NameContexts = Set(
        CapitalRun.SentenceStart, CapitalRun.AfterComma, "and", "or", "but", "with", "to", "by", "from", "for", "at",
        "beside", "behind", "near", "named", "called", "meets", "joins", "as", "aka", "then", "while", "when", "until",
        "also", "both", "see", "sees", "finds", "follows");

    /// <summary>The word as listed, else without a plural or verb ending: "SLAMS" → "SLAM", "RINGING" → "RING".</summary>
    public static bool Contains(HashSet<string> list, string word)
    {
        if (list.Contains(word))
            return true;
        foreach (var ending in (ReadOnlySpan<string>)["S", "ES", "ED", "ING", "D"])
        {
            if (word.Length > ending.Length + 2 && word.EndsWith(ending, StringComparison.Ordinal) && list.Contains(word[..^ending.Length]))
                return true;
        }

        return false;
    }

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.Ordinal);
}
