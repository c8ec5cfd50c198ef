using Tailor.Customers;
using Tailor.Data;

namespace Tailor.Marketing;

/// <summary>
/// Past campaign sends and their responses by local weekday and hour: where the evidence behind send
/// times lies, and where there is none. Slot 0 is Monday 00:00-01:00, as in <see cref="SendTimePlanner"/>.
/// </summary>
/// <param name="TimeZone">Time zone id of the hours.</param>
/// <param name="Outcome">The response counted.</param>
/// <param name="Sends">Sends per slot, 168 of them.</param>
/// <param name="Responses">Responses per slot, 168 of them.</param>
public sealed record SendTimeSlots(string TimeZone, ResponsePropensityOutcome Outcome, IReadOnlyList<int> Sends, IReadOnlyList<int> Responses)
{
    /// <summary>Hours in a week: the number of slots.</summary>
    public const int HoursPerWeek = 168;

    /// <summary>The slot of a local weekday and hour.</summary>
    public static int Slot(DayOfWeek day, int hour) => ((((int)day + 6) % 7) * 24) + hour;

    /// <summary>Sends in the slot.</summary>
    public int SendsAt(DayOfWeek day, int hour) => Sends[Slot(day, hour)];

    /// <summary>The response rate in the slot, or null with fewer than <paramref name="minimumSends"/> sends (too few to read a rate from).</summary>
    public double? RateAt(DayOfWeek day, int hour, int minimumSends = 1)
    {
        var slot = Slot(day, hour);
        return Sends[slot] >= Math.Max(1, minimumSends) ? Responses[slot] / (double)Sends[slot] : null;
    }

    /// <summary>Counts the sends and responses per local weekday and hour.</summary>
    /// <param name="sends">The shop's campaign sends.</param>
    /// <param name="zone">The shop's time zone.</param>
    /// <param name="outcome">The response to count; an open includes a click or conversion, which imply one.</param>
    public static SendTimeSlots Count(IEnumerable<CampaignSend> sends, TimeZoneInfo zone, ResponsePropensityOutcome outcome = ResponsePropensityOutcome.Open)
    {
        ArgumentNullException.ThrowIfNull(sends);
        ArgumentNullException.ThrowIfNull(zone);
        var counts = new int[HoursPerWeek];
        var responses = new int[HoursPerWeek];
        foreach (var send in sends)
        {
            var local = TimeZoneInfo.ConvertTime(send.SentAt, zone);
            var slot = Slot(local.DayOfWeek, local.Hour);
            counts[slot]++;
            responses[slot] += outcome.IsResponse(send) ? 1 : 0;
        }

        return new SendTimeSlots(zone.Id, outcome, counts, responses);
    }
}
