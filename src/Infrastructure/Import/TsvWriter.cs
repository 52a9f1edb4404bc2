using System.Globalization;
using System.Text;

namespace AdaptiveLearning.Infrastructure.Import;

/// <summary>Rows in the text format LOAD DATA reads by default: tab-separated, backslash escapes, newline-terminated.</summary>
internal sealed class TsvWriter(Stream stream) : IDisposable
{
    private readonly StreamWriter _writer = new(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
    private bool _lineStarted;

    public TsvWriter Field(string value)
    {
        Separator();
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\': _writer.Write("\\\\"); break;
                case '\t': _writer.Write("\\t"); break;
                case '\n': _writer.Write("\\n"); break;
                case '\r': _writer.Write("\\r"); break;
                case '\0': _writer.Write("\\0"); break;
                default: _writer.Write(c); break;
            }
        }
        return this;
    }

    public TsvWriter Field(long value)
    {
        Separator();
        _writer.Write(value.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    public TsvWriter Field(double value)
    {
        Separator();
        _writer.Write(value.ToString("R", CultureInfo.InvariantCulture));
        return this;
    }

    public void EndRow()
    {
        _writer.Write('\n');
        _lineStarted = false;
    }

    public void Dispose() => _writer.Dispose();

    private void Separator()
    {
        if (_lineStarted) _writer.Write('\t');
        _lineStarted = true;
    }
}
