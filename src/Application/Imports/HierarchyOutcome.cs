namespace AdaptiveLearning.Application.Imports;

public sealed record HierarchyOutcome(int Created, int Updated)
{
    public bool ChangedAnything => Created + Updated > 0;
}
