namespace AdaptiveLearning.Application.Progress;

/// <summary>Published questions under one facet (or any node holding questions).</summary>
public sealed record FacetTotal(string Path, int Questions);
