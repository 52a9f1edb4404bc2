using System.Runtime.CompilerServices;

namespace AdaptiveLearning.Client;

/// <summary>Follows a list's <c>nextCursor</c> until the last page, one request at a time and only as far as the caller reads.</summary>
internal static class CursorPager
{
    public static async IAsyncEnumerable<T> ReadAllAsync<T>(Func<string?, CancellationToken, Task<(IEnumerable<T> Items, string? Next)>> fetch,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? cursor = null;
        do
        {
            var (items, next) = await fetch(cursor, cancellationToken).ConfigureAwait(false);
            foreach (var item in items)
                yield return item;
            cursor = next;
        }
        while (!string.IsNullOrEmpty(cursor));
    }
}
