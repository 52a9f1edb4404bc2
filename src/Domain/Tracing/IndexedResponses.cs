namespace AdaptiveLearning.Domain.Tracing;

/// <summary>Responses with learners and items mapped to dense indices, so calibration loops over arrays.</summary>
internal sealed class IndexedResponses
{
    private IndexedResponses(int count)
    {
        Learner = new int[count];
        Item = new int[count];
        Correct = new bool[count];
    }

    public int Count => Correct.Length;
    public int[] Learner { get; }
    public int[] Item { get; }
    public bool[] Correct { get; }
    public List<string> LearnerIds { get; } = [];
    public List<string> ItemIds { get; } = [];

    /// <summary>The skill each item was first seen with; items belong to one skill in our content model.</summary>
    public Dictionary<string, string> SkillOfItem { get; } = new(StringComparer.Ordinal);

    public static IndexedResponses From(IReadOnlyCollection<AttemptRecord> attempts)
    {
        var data = new IndexedResponses(attempts.Count);
        var learnerIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var itemIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var r = 0;
        foreach (var attempt in attempts)
        {
            data.Learner[r] = IndexOf(learnerIndex, data.LearnerIds, attempt.LearnerId);
            data.Item[r] = IndexOf(itemIndex, data.ItemIds, attempt.ItemId);
            data.Correct[r] = attempt.Correct;
            data.SkillOfItem.TryAdd(attempt.ItemId, attempt.SkillId);
            r++;
        }

        return data;
    }

    private static int IndexOf(Dictionary<string, int> index, List<string> ids, string id)
    {
        if (!index.TryGetValue(id, out var position))
        {
            position = ids.Count;
            index[id] = position;
            ids.Add(id);
        }

        return position;
    }
}
