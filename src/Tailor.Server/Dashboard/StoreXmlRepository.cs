using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Tailor.Data;

namespace Tailor.Server.Dashboard;

/// <summary>
/// Keeps the data protection keys (which sign the dashboard's cookies and form tokens) in the store, so
/// sign-ins survive a restart and every replica on one database accepts them.
/// </summary>
internal sealed class StoreXmlRepository(ITailorStore store) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements() => store.ReadDashboardKeys().Select(XElement.Parse).ToList();

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        store.SaveDashboardKey(friendlyName, element.ToString(SaveOptions.DisableFormatting));
    }
}
