namespace Tailor.Marketing;

/// <summary>Why the audience ends where it does.</summary>
public enum AudienceCutoff
{
    /// <summary>The budget could not pay for the next customer, whose expected value was still positive.</summary>
    Budget,

    /// <summary>The next customer's expected incremental value was zero or below: contacting them would lose money.</summary>
    NoPositiveValue,

    /// <summary>The most contacts allowed were reached.</summary>
    ContactLimit,

    /// <summary>Every eligible customer is in the audience, all with positive expected value.</summary>
    EveryoneSelected,

    /// <summary>No customer is eligible (consent and frequency cap left nobody).</summary>
    NoEligibleCustomers,
}
