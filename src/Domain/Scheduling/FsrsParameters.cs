namespace AdaptiveLearning.Domain.Scheduling;

/// <summary>
/// The 21 weights of FSRS-6 (w0..w20), checked against the bounds the reference implementations
/// accept so a corrupt or hand-edited set is rejected before it schedules anything.
/// </summary>
public sealed class FsrsParameters
{
    public const int Count = 21;

    private readonly double[] _values;

    public FsrsParameters(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        _values = values.ToArray();
        if (_values.Length != Count)
        {
            throw new ArgumentException($"FSRS-6 needs {Count} parameters, got {_values.Length}.", nameof(values));
        }

        var outOfBounds = Enumerable.Range(0, Count)
            .Where(i => !(_values[i] >= FsrsParameterBounds.Lower[i] && _values[i] <= FsrsParameterBounds.Upper[i]))
            .Select(i => $"w{i} = {_values[i]} is outside [{FsrsParameterBounds.Lower[i]}, {FsrsParameterBounds.Upper[i]}]")
            .ToList();
        if (outOfBounds.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", outOfBounds), nameof(values));
        }
    }

    /// <summary>FSRS-6 defaults (py-fsrs 6.x, fsrs-rs), trained on many Anki users.</summary>
    public static FsrsParameters Default { get; } = new(
    [
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    ]);

    public double this[int index] => _values[index];

    public IReadOnlyList<double> Values => _values;

    internal double[] ToArray() => (double[])_values.Clone();

    public override string ToString() => string.Join(", ", _values.Select(v => v.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture)));
}
