using Tailor.Customers;
using Tailor.Data;
using Tailor.Marketing;

namespace Tailor.Tests.Marketing;

public class SendTimeSlotsTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    [Fact]
    public void Sends_are_counted_in_the_shop_s_local_weekday_and_hour_across_daylight_saving()
    {
        // 2024-01-01 is a Monday: 09:30 UTC is 10:30 in Berlin (CET, +1). 2024-07-07 is a Sunday: 22:15 UTC
        // is already Monday 00:15 in Berlin (CEST, +2). 2024-03-03 is a Sunday: 22:00 UTC is 23:00 CET.
        var sends = new[]
        {
            Send("2024-01-01T09:30:00Z", opened: true),
            Send("2024-01-01T09:50:00Z", opened: false),
            Send("2024-01-08T09:05:00Z", opened: false, converted: true),
            Send("2024-07-07T22:15:00Z", opened: false),
            Send("2024-03-03T22:00:00Z", opened: true),
        };

        var slots = SendTimeSlots.Count(sends, Berlin);

        Assert.Equal(SendTimeSlots.HoursPerWeek, slots.Sends.Count);
        Assert.Equal(3, slots.SendsAt(DayOfWeek.Monday, 10));
        Assert.Equal(2.0 / 3, slots.RateAt(DayOfWeek.Monday, 10)!.Value, 12); // the conversion implies an open
        Assert.Equal(1, slots.Sends[0]);
        Assert.Equal(0.0, slots.RateAt(DayOfWeek.Monday, 0));
        Assert.Equal(1, slots.Sends[167]);
        Assert.Equal(1.0, slots.RateAt(DayOfWeek.Sunday, 23));
        Assert.Equal(5, slots.Sends.Sum());
        Assert.Null(slots.RateAt(DayOfWeek.Tuesday, 10));
        Assert.Null(slots.RateAt(DayOfWeek.Monday, 10, minimumSends: 4));
    }

    [Fact]
    public void Conversions_count_only_converted_sends()
    {
        var sends = new[] { Send("2024-01-01T09:30:00Z", opened: true), Send("2024-01-01T09:40:00Z", opened: true, converted: true) };

        var slots = SendTimeSlots.Count(sends, TimeZoneInfo.Utc, ResponsePropensityOutcome.Conversion);

        Assert.Equal(0.5, slots.RateAt(DayOfWeek.Monday, 9));
        Assert.Equal(ResponsePropensityOutcome.Conversion, slots.Outcome);
        Assert.Equal("UTC", slots.TimeZone);
    }

    private static CampaignSend Send(string sentAt, bool opened, bool converted = false) =>
        new("CMP1", "email", null, null, "C1", DateTimeOffset.Parse(sentAt, System.Globalization.CultureInfo.InvariantCulture), opened, false, converted, false, null);
}
