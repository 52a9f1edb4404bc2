namespace AdaptiveLearning.Evaluate.KnowledgeTracing;

/// <summary>
/// Reference AUCs: reproduced with scikit-learn on this kind of machine (shared/reference/README.md) and
/// published by Gervet et al. 2020 on their test splits. Theirs are other learners than our held-out ones,
/// so expect agreement to about ±0.01, not to the digit.
/// </summary>
internal sealed record PublishedReference(double Irt, double Pfa, double BestLr, double BestLrLogLoss, double PublishedBestLr, double PublishedDkt)
{
    public static PublishedReference? For(string dataset) => dataset switch
    {
        "assistments09" => new(0.686, 0.709, 0.767, 0.535, 0.77, 0.75),
        "statics" => new(0.795, 0.694, 0.827, 0.406, 0.82, 0.83),
        _ => null,
    };
}
