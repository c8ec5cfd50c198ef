using Tailor.Recommend.Algorithms;

namespace Tailor.Tests.Recommend;

/// <summary>
/// A fact that needs the system's LAPACK (liblapack.so.3, from liblapack3 or libopenblas0-pthread).
/// It skips on a developer machine without one; on CI (CI=true) it runs, and fails there if the
/// library is missing, because the CI script installs it.
/// </summary>
public sealed class LapackFactAttribute : FactAttribute
{
    public LapackFactAttribute()
    {
        if (!NativeLapack.IsAvailable && !SharedData.OnCi)
        {
            Skip = "No LAPACK library (liblapack.so.3) on this machine";
        }
    }
}
