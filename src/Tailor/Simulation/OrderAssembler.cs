using System.Globalization;
using Tailor.Data;

namespace Tailor.Simulation;

/// <summary>Sorts order drafts by time, numbers them and turns them into <see cref="Order"/> records.</summary>
internal static class OrderAssembler
{
    public static Order[] Build(List<OrderDraft> drafts, SimulationClock clock, CustomerState[] customers, CatalogueItem[] items)
    {
        var keys = new long[drafts.Count];
        var order = new int[drafts.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = (SimulationClock.Seconds(drafts[i].Time) << 32) | (uint)drafts[i].Sequence;
            order[i] = i;
        }

        Array.Sort(keys, order);

        // Invoice numbers run with time; a cancellation reuses the number of the order it cancels.
        var originals = 0;
        foreach (var index in order)
        {
            if (drafts[index].Cancels is null)
            {
                originals++;
            }
        }

        var format = "D" + Math.Max(6, originals.ToString(CultureInfo.InvariantCulture).Length).ToString(CultureInfo.InvariantCulture);
        var number = 0;
        foreach (var index in order)
        {
            if (drafts[index].Cancels is null)
            {
                drafts[index].Id = "O" + (++number).ToString(format, CultureInfo.InvariantCulture);
            }
        }

        var result = new Order[order.Length];
        for (var rank = 0; rank < order.Length; rank++)
        {
            var draft = drafts[order[rank]];
            if (draft.Cancels is not null)
            {
                draft.Id = draft.Cancels.Id + "C";
            }

            var lines = new OrderLine[draft.Lines.Count];
            for (var l = 0; l < lines.Length; l++)
            {
                var (item, quantity, unitPrice) = draft.Lines[l];
                lines[l] = new OrderLine(l + 1, items[item].Id, quantity, unitPrice);
            }

            result[rank] = new Order(
                draft.Id,
                draft.Customer >= 0 ? customers[draft.Customer].Id : null,
                clock.Timestamp(draft.Time),
                draft.Channel,
                draft.Country,
                lines);
        }

        return result;
    }
}
