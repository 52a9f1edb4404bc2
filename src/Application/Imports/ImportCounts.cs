namespace AdaptiveLearning.Application.Imports;

/// <summary>
/// What happened to each question. A question lands in exactly one bucket; a moved question whose
/// content also changed counts as moved (and still gets its new version).
/// </summary>
public sealed record ImportCounts(int Created = 0, int Updated = 0, int Unchanged = 0, int Moved = 0, int Invalid = 0)
{
    public static readonly ImportCounts None = new();

    public int Total => Created + Updated + Unchanged + Moved + Invalid;

    public bool ChangedAnything => Created + Updated + Moved > 0;

    public static ImportCounts operator +(ImportCounts a, ImportCounts b) => new(
        a.Created + b.Created, a.Updated + b.Updated, a.Unchanged + b.Unchanged, a.Moved + b.Moved, a.Invalid + b.Invalid);

    public override string ToString() =>
        $"created {Created}, updated {Updated}, unchanged {Unchanged}, moved {Moved}, invalid {Invalid}";
}
