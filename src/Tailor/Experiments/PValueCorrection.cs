namespace Tailor.Experiments;

/// <summary>How p-values of several treatments against the control are corrected for multiple comparisons.</summary>
public enum PValueCorrection
{
    /// <summary>No correction: each comparison on its own.</summary>
    None,

    /// <summary>Holm's step-down method: controls the family-wise error rate, uniformly better than Bonferroni.</summary>
    Holm,

    /// <summary>Benjamini-Hochberg: controls the false discovery rate; more power with many variants.</summary>
    BenjaminiHochberg,
}
