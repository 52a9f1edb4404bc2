namespace AdaptiveLearning.Infrastructure.MachineLearning;

/// <summary>Collects non-zero slots in any order and hands them to ML.NET sorted, as VBuffer requires.</summary>
internal sealed class SparseFeatureWriter
{
    private readonly List<(int Slot, float Value)> _slots = new(24);

    public void Set(int slot, float value)
    {
        if (value != 0)
        {
            _slots.Add((slot, value));
        }
    }

    public SparseFeatures ToSparse()
    {
        _slots.Sort((x, y) => x.Slot.CompareTo(y.Slot));
        return new SparseFeatures([.. _slots.Select(s => s.Slot)], [.. _slots.Select(s => s.Value)]);
    }
}
