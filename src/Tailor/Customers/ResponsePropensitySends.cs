namespace Tailor.Customers;

/// <summary>
/// Every send of one channel with its features, in customer then time order, as examples for the
/// stages of the funnel: opened among all sends, the outcome among opened sends, and the outcome
/// among all sends (for the past-rate baseline).
/// </summary>
internal sealed class ResponsePropensitySends
{
    private ResponsePropensitySends(ResponsePropensityExamples opens, ResponsePropensityExamples outcomes, ResponsePropensityExamples givenOpen)
    {
        Opens = opens;
        Outcomes = outcomes;
        GivenOpen = givenOpen;
    }

    /// <summary>All sends, labelled by whether they were opened; trials are earlier sends, successes earlier opens.</summary>
    public ResponsePropensityExamples Opens { get; }

    /// <summary>All sends, labelled by the outcome; trials are earlier sends, successes earlier outcomes.</summary>
    public ResponsePropensityExamples Outcomes { get; }

    /// <summary>Opened sends, labelled by the outcome; trials are earlier opens, successes earlier outcomes.</summary>
    public ResponsePropensityExamples GivenOpen { get; }

    public static ResponsePropensitySends Build(ResponsePropensityTimeline timeline, int channel, ResponsePropensityOptions options)
    {
        var flag = ResponsePropensityFeatures.Flag(options.Outcome);
        var rows = new List<float[]>();
        var opened = new List<bool>();
        var outcome = new List<bool>();
        var history = new List<ResponsePropensityHistory>();
        var ticks = new List<long>();
        for (var customer = 0; customer < timeline.Customers.Length; customer++)
        {
            for (var i = timeline.SendStart[customer]; i < timeline.SendStart[customer + 1]; i++)
            {
                var send = timeline.Sends[i];
                if (send.Channel != channel)
                {
                    continue;
                }

                var row = new float[ResponsePropensityFeatures.Count];
                history.Add(ResponsePropensityFeatures.Fill(timeline, customer, channel, send.Ticks, options.FatigueWindowDays, flag, row));
                rows.Add(row);
                opened.Add(send.Has(ResponsePropensityTimeline.Opened));
                outcome.Add(send.Has(flag));
                ticks.Add(send.Ticks);
            }
        }

        var rowArray = rows.ToArray();
        var tickArray = ticks.ToArray();
        var sends = history.ConvertAll(h => h.Sends).ToArray();
        var opens = history.ConvertAll(h => h.Opens).ToArray();
        var responses = history.ConvertAll(h => h.Responses).ToArray();
        var openExamples = new ResponsePropensityExamples(rowArray, opened.ToArray(), sends, opens, tickArray);
        var outcomeExamples = new ResponsePropensityExamples(rowArray, outcome.ToArray(), sends, responses, tickArray);
        var openedArray = opened.ToArray();
        var givenOpen = new ResponsePropensityExamples(rowArray, outcome.ToArray(), opens, responses, tickArray).Where(i => openedArray[i]);
        return new ResponsePropensitySends(openExamples, outcomeExamples, givenOpen);
    }
}
