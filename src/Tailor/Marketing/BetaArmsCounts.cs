namespace Tailor.Marketing;

/// <summary>One customer's sends and responses per arm: raw, and spread over neighbouring arms by the kernel.</summary>
internal sealed class BetaArmsCounts(int arms)
{
    public double[] Trials { get; } = new double[arms];

    public double[] Successes { get; } = new double[arms];

    public int[] RawByArm { get; } = new int[arms];

    public int[] RawSuccessesByArm { get; } = new int[arms];

    public int RawTrials { get; set; }

    public int RawSuccesses { get; set; }

    public double Expected { get; set; }

    public double Level { get; set; } = 1;
}
