using Dapper;

namespace AdaptiveLearning.Infrastructure.Persistence;

internal static class DapperConfiguration
{
    private static int _configured;

    public static void Apply()
    {
        if (Interlocked.Exchange(ref _configured, 1) == 1)
            return;
        DefaultTypeMap.MatchNamesWithUnderscores = true;
        SqlMapper.AddTypeHandler(new UtcDateTimeOffsetHandler());
    }
}
