using Tailor.Data;

namespace Tailor.Cli.Commands;

/// <summary>What the marketing verbs read: the whole shop from the store and its clock.</summary>
internal static class MarketingInputs
{
    public static (ShopData Data, TimeZoneInfo Zone) Load(CommandContext context)
    {
        var shop = context.RequireShop(createIfMissing: false);
        TimeZoneInfo zone;
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(shop.TimeZone);
        }
        catch (TimeZoneNotFoundException)
        {
            throw new CliException($"Shop '{shop.Id}' has the time zone '{shop.TimeZone}', which this machine does not know.");
        }

        var data = context.Store.ReadShopData(context.ShopId);
        if (data.CampaignSends.Count == 0)
        {
            throw new CliException($"Shop '{context.ShopId}' has no campaign sends yet: import campaigns (tailor import campaigns FILE) to learn response from.");
        }

        return (data, zone);
    }
}
