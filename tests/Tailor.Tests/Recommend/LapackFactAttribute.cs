using Tailor.Recommend.Algorithms;

namespace Tailor.Tests.Recommend;

/// <summary>
/// A fact that needs OpenBLAS's LAPACK (libopenblas.so.0, Debian package libopenblas0-pthread). It
/// skips on a developer machine without it; on CI (CI=true) it runs, and fails there if the library
/// is missing, because the CI script installs it.
/// </summary>
public sealed class LapackFactAttribute : FactAttribute
{
    public LapackFactAttribute()
    {
        if (!NativeLapack.IsAvailable && !SharedData.OnCi)
        {
            Skip = "OpenBLAS (libopenblas.so.0) is not installed";
        }
    }
}
