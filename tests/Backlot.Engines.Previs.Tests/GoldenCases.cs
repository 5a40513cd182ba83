using Backlot.Domain.Sheets;
using static Backlot.Engines.Previs.Tests.PrevisTestRequests;

namespace Backlot.Engines.Previs.Tests;

/// <summary>
/// The canonical setups the golden images cover: every shot size, 24/50/85 mm, all ten poses, five times of day, all
/// three styles, every set and every framing; small frames (320×180) so the whole set renders in a few seconds.
/// </summary>
internal static class GoldenCases
{
    public static IReadOnlyList<(string Name, FrameRequest Request)> All { get; } =
    [
        ("ews-field-day-24mm", Request([Edward, Mara], (KnobNames.Size, "EWS"), (KnobNames.Lens, 24), (KnobNames.Location, "EXT FIELD"), (KnobNames.TimeOfDay, "DAY"))),
        ("ws-street-35mm-walk-run", Request([Anna, Bob], (KnobNames.Size, "WS"), (KnobNames.Location, "EXT HIGH STREET"),
            (KnobNames.Blocking, "ANNA: pos=-0.8,0.5 pose=walk face=20deg; BOB: pos=1.2,-1 pose=run face=-30deg"))),
        ("fs-room-50mm-sit", Request([Edward, Mara], (KnobNames.Size, "FS"), (KnobNames.Lens, 50), (KnobNames.Location, "INT LIVING ROOM"),
            (KnobNames.Blocking, "EDWARD: pos=-0.6,0 pose=sit face=MARA; MARA: pos=0.7,0.2 look=EDWARD"), (KnobNames.Subject, ""))),
        ("ms-field-golden-50mm-point", Request([Anna, Bob], (KnobNames.Size, "MS"), (KnobNames.Lens, 50), (KnobNames.Location, "EXT MEADOW"), (KnobNames.TimeOfDay, "GOLDEN HOUR"),
            (KnobNames.Blocking, "ANNA: stage=C pose=point point=BOB; BOB: stage=USL look=ANNA"), (KnobNames.Subject, "ANNA"))),
        ("mcu-forest-dusk-85mm", Request([Anna], (KnobNames.Size, "MCU"), (KnobNames.Lens, 85), (KnobNames.Location, "EXT PINE FOREST"), (KnobNames.TimeOfDay, "DUSK"))),
        ("cu-stage-day-85mm", Request([Edward], (KnobNames.Size, "CU"), (KnobNames.Lens, 85))),
        ("ecu-stage-day-85mm", Request([Edward], (KnobNames.Size, "ECU"), (KnobNames.Lens, 85))),
        ("two-shot-ms-street-night", Request([Edward, Anna], (KnobNames.Size, "MS"), (KnobNames.Framing, "two-shot"), (KnobNames.Location, "EXT ALLEY"), (KnobNames.TimeOfDay, "NIGHT"))),
        ("ots-mcu-room", Request([Edward, Anna], (KnobNames.Size, "MCU"), (KnobNames.Framing, "ots"), (KnobNames.Subject, "ANNA"), (KnobNames.Location, "INT OFFICE"),
            (KnobNames.Blocking, "ANNA: pos=0,-1 face=EDWARD; EDWARD: pos=0.3,1.2 face=ANNA"))),
        ("pov-ms-field-reach", Request([Edward, Bob], (KnobNames.Size, "MS"), (KnobNames.Framing, "pov"), (KnobNames.Subject, "BOB"), (KnobNames.Location, "EXT FARM"),
            (KnobNames.Blocking, "BOB: pos=0,-1.5 pose=reach face=EDWARD; EDWARD: pos=0,1 face=BOB"))),
        ("fs-battle-24mm-fight-fall", Request([Bob, Anna], (KnobNames.Size, "FS"), (KnobNames.Lens, 24), (KnobNames.Location, "EXT BATTLEFIELD"),
            (KnobNames.Blocking, "BOB: pos=-0.7,0 pose=fight face=ANNA; ANNA: pos=0.8,0 pose=fall face=BOB"))),
        ("ws-storyboard-kneel-lie", Request([Edward, Mara], (KnobNames.Size, "WS"), (PrevisKnobs.Style, "storyboard"),
            (KnobNames.Blocking, "EDWARD: pos=-0.5,0 pose=kneel face=MARA; MARA: pos=0.6,-0.3 pose=lie face=-90deg"), (PrevisKnobs.Props, "crate at=-2,-1.5; table at=2,-2"))),
        ("ms-storyboard-two-shot", Request([Anna, Bob], (KnobNames.Size, "MS"), (KnobNames.Framing, "two-shot"), (PrevisKnobs.Style, "storyboard"), (KnobNames.Location, "EXT STREET"))),
        ("fs-clay-high-room", Request([Edward], (KnobNames.Size, "FS"), (KnobNames.Angle, "high"), (PrevisKnobs.Style, "clay"), (KnobNames.Location, "INT KITCHEN"),
            (PrevisKnobs.Props, "chair at=1,-0.5 yaw=-90; sofa at=-2,-2.5"))),
        ("ws-dawn-low-roll", Request([Anna, Edward, Mara], (KnobNames.Size, "WS"), (KnobNames.Angle, "low"), (PrevisKnobs.Roll, 8), (KnobNames.TimeOfDay, "DAWN"), (KnobNames.Location, "EXT WOODS"))),
        ("ms-fullframe-50mm-stage", Request([Mara], (KnobNames.Size, "MS"), (KnobNames.Lens, 50), (KnobNames.Sensor, "fullframe"), (KnobNames.Blocking, "MARA: look=camera face=30deg"))),
    ];
}
