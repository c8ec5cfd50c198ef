namespace Tailor.Simulation;

/// <summary>
/// Turns a customer's purchase slots and visits into orders and the events around them: a funnel of
/// views, clicks and carts drawn from the same choice model, purchases, ratings and cancellations.
/// </summary>
internal sealed class ActivityGenerator(
    SimulationClock clock, Catalogue catalogue, EventLog events, List<OrderDraft> orders, List<SendDraft> sends, Random rng)
{
    private const double Second = 1.0 / 86_400;
    private const double Minute = 1.0 / 1440;

    // Consumables come back: the chance that a basket line is a re-buy of one bought before.
    private const double RepeatConsumable = 0.35;
    private const double CancellationShare = 0.02;
    private const double AdjustmentShare = 0.005;
    private const double RatingShare = 0.04;

    private readonly ItemChooser _chooser = new(catalogue);
    private readonly List<int> _consumables = [];
    private readonly List<int> _basket = [];
    private readonly List<int> _views = [];

    public void Customer(CustomerState customer)
    {
        _chooser.SetTaste(customer.Taste);
        _consumables.Clear();
        customer.Purchases.Sort((a, b) => a.Time.CompareTo(b.Time));
        foreach (var slot in customer.Purchases)
        {
            Purchase(customer, slot);
        }

        foreach (var time in customer.Browses)
        {
            Browse(customer, time);
        }
    }

    private void Purchase(CustomerState customer, PurchaseSlot slot)
    {
        var time = slot.Time;
        FillBasket(slot);
        if (_basket.Count == 0)
        {
            return;
        }

        var channel = slot.Kind == PurchaseKind.Email ? EventLog.Web : OrderChannel(customer);
        var send = slot.Send >= 0 ? sends[slot.Send] : null;
        var order = new OrderDraft
        {
            Time = time,
            Sequence = orders.Count,
            Customer = customer.Index,
            Channel = EventLog.Channels[channel],
            Country = customer.Country,
            Send = send,
        };
        foreach (var item in _basket)
        {
            var consumable = catalogue.Items[item].Consumable;
            var quantityDraw = rng.NextDouble();
            var quantity = consumable
                ? quantityDraw < 0.55 ? 1 : quantityDraw < 0.85 ? 2 : 3
                : quantityDraw < 0.8 ? 1 : quantityDraw < 0.95 ? 2 : 3;
            order.Lines.Add((item, quantity, catalogue.Items[item].Record.Price ?? 0m));
            if (consumable && !_consumables.Contains(item))
            {
                _consumables.Add(item);
            }
        }

        orders.Add(order);
        if (send is not null)
        {
            send.Order = order;
        }

        var session = -1;
        if (channel == EventLog.Web)
        {
            session = events.NewSession();
            PurchaseFunnel(customer, slot, session, slot.Kind == PurchaseKind.Email ? EventLog.Email : EventLog.Web);
        }

        foreach (var (item, quantity, unitPrice) in order.Lines)
        {
            events.Add(time, customer.Index, session, item, EventLog.Purchase, channel, quantity, (double)(quantity * unitPrice));
            if (rng.NextBool(RatingShare))
            {
                var ratedAt = time + rng.NextUniform(5, 20);
                if (ratedAt < clock.Days)
                {
                    var rating = Math.Clamp(Math.Round(3.2 + (0.6 * _chooser.Affinity(item)) + (0.8 * rng.NextGaussian())), 1, 5);
                    events.Add(ratedAt, customer.Index, -1, item, EventLog.Rating, EventLog.Web, value: rating);
                }
            }
        }

        Corrections(order);
    }

    private void Corrections(OrderDraft order)
    {
        if (rng.NextBool(AdjustmentShare))
        {
            // A damaged unit taken off the order by the shop: a negative line in the same order.
            foreach (var (item, quantity, unitPrice) in order.Lines)
            {
                if (quantity >= 2)
                {
                    order.Lines.Add((item, -1, unitPrice));
                    break;
                }
            }
        }

        if (!rng.NextBool(CancellationShare))
        {
            return;
        }

        var cancelledAt = order.Time + rng.NextUniform(0.5, 10);
        if (cancelledAt >= clock.Days)
        {
            return;
        }

        var cancellation = new OrderDraft
        {
            Time = cancelledAt,
            Sequence = orders.Count,
            Customer = order.Customer,
            Channel = order.Channel,
            Country = order.Country,
            Cancels = order,
        };
        if (rng.NextBool(0.7) || order.Lines.Count == 1)
        {
            foreach (var (item, quantity, unitPrice) in order.Lines)
            {
                if (quantity > 0)
                {
                    cancellation.Lines.Add((item, -quantity, unitPrice));
                }
            }
        }
        else
        {
            var (item, quantity, unitPrice) = order.Lines[rng.Next(order.Lines.Count)];
            cancellation.Lines.Add((item, -Math.Abs(quantity), unitPrice));
        }

        orders.Add(cancellation);
    }

    private byte OrderChannel(CustomerState customer)
    {
        var draw = rng.NextDouble();
        if (customer.StoreShopper)
        {
            return draw < 0.85 ? EventLog.Store : EventLog.Web;
        }

        return draw < 0.94 ? EventLog.Web : draw < 0.97 ? EventLog.Store : EventLog.Phone;
    }

    private void FillBasket(PurchaseSlot slot)
    {
        _basket.Clear();
        var lineDraw = rng.NextDouble();
        var lines = lineDraw switch
        {
            < 0.45 => 1,
            < 0.73 => 2,
            < 0.88 => 3,
            < 0.96 => 4,
            _ => 5,
        };
        if (slot.ClickedItem >= 0 && catalogue.Items[slot.ClickedItem].SellableAt(slot.Time))
        {
            _basket.Add(slot.ClickedItem);
        }

        for (var attempt = 0; _basket.Count < lines && attempt < 20 * lines; attempt++)
        {
            int item;
            if (_consumables.Count > 0 && rng.NextBool(RepeatConsumable))
            {
                item = _consumables[rng.Next(_consumables.Count)];
                if (!catalogue.Items[item].SellableAt(slot.Time))
                {
                    continue;
                }
            }
            else
            {
                item = _chooser.DrawProduct(rng, slot.Time);
                if (item < 0)
                {
                    break;
                }
            }

            if (!_basket.Contains(item))
            {
                _basket.Add(item);
            }
        }
    }

    /// <summary>Views of the basket and of other items, listing clicks, carts, then the purchase at the slot time.</summary>
    private void PurchaseFunnel(CustomerState customer, PurchaseSlot slot, int session, byte channel)
    {
        var time = slot.Time;
        var fromEmail = slot.Kind == PurchaseKind.Email;
        var start = fromEmail ? sends[slot.Send].ClickedAt + (5 * Second) : time - (rng.NextUniform(4, 30) * Minute);
        start = Math.Max(start, Math.Max(0, time - 1));

        // New customers browse anonymously until they sign up; others sometimes log in part-way.
        var anonymousUntil = slot.Kind == PurchaseKind.First
            ? customer.CreatedAt
            : rng.NextBool(0.25) ? start + (rng.NextUniform(0.2, 0.6) * (time - start)) : double.NegativeInfinity;

        _views.Clear();
        _views.AddRange(_basket);
        var extra = rng.NextPoisson(2.5);
        for (var k = 0; k < extra; k++)
        {
            var item = _chooser.DrawProduct(rng, time);
            if (item >= 0)
            {
                _views.Add(item);
            }
        }

        if (rng.NextBool(0.15))
        {
            var content = _chooser.DrawContent(rng, time);
            if (content >= 0)
            {
                _views.Add(content);
            }
        }

        // The clicked item of an email is seen first; the rest in any order.
        rng.Shuffle(_views);
        if (fromEmail)
        {
            var clicked = _views.IndexOf(slot.ClickedItem);
            if (clicked > 0)
            {
                (_views[0], _views[clicked]) = (_views[clicked], _views[0]);
            }
        }

        var span = time - start;
        for (var i = 0; i < _views.Count; i++)
        {
            var item = _views[i];
            var viewedAt = start + (span * (i + 0.2 + (0.6 * rng.NextDouble())) / (_views.Count + 0.5));
            var who = viewedAt < anonymousUntil ? -1 : customer.Index;
            if (!(fromEmail && i == 0) && rng.NextBool(0.35))
            {
                events.Add(Math.Max(start, viewedAt - (rng.NextUniform(3, 15) * Second)), who, session, item, EventLog.Click, channel);
            }

            events.Add(viewedAt, who, session, item, EventLog.View, channel);
            if (catalogue.Items[item].IsContent)
            {
                continue;
            }

            var inBasket = _basket.Contains(item) && _views.IndexOf(item) == i;
            if (inBasket || rng.NextBool(0.1))
            {
                var cartAt = viewedAt + (rng.NextUniform(0.1, 0.5) * (time - viewedAt));
                events.Add(cartAt, cartAt < anonymousUntil ? -1 : customer.Index, session, item, EventLog.AddToCart, channel, quantity: 1);
            }
        }
    }

    /// <summary>A visit without a purchase: a few views, sometimes a click or an abandoned cart.</summary>
    private void Browse(CustomerState customer, double start)
    {
        var session = events.NewSession();
        var views = 1 + rng.NextPoisson(1.8);
        var anonymousUntil = rng.NextBool(0.25) ? start + (rng.NextUniform(0.5, 3) * Minute) : double.NegativeInfinity;
        var time = start;
        for (var k = 0; k < views && time < clock.Days; k++)
        {
            var item = rng.NextBool(0.2) ? _chooser.DrawContent(rng, time) : -1;
            if (item < 0)
            {
                item = _chooser.DrawProduct(rng, time);
            }

            if (item < 0)
            {
                break;
            }

            var who = time < anonymousUntil ? -1 : customer.Index;
            if (rng.NextBool(0.35))
            {
                events.Add(time, who, session, item, EventLog.Click, EventLog.Web);
                time += rng.NextUniform(3, 15) * Second;
            }

            events.Add(time, who, session, item, EventLog.View, EventLog.Web);
            if (!catalogue.Items[item].IsContent && rng.NextBool(0.08))
            {
                events.Add(time + (rng.NextUniform(20, 90) * Second), who, session, item, EventLog.AddToCart, EventLog.Web, quantity: 1);
            }

            time += rng.NextUniform(0.5, 4) * Minute;
        }
    }
}
