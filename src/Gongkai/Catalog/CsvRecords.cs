using System.Text;

namespace Gongkai.Catalog;

/// <summary>RFC 4180 records (pure): quoted fields may hold commas, quotes ("") and line breaks.</summary>
public static class CsvRecords
{
    /// <summary>Each record with the line number it starts on.</summary>
    public static IEnumerable<(int Line, List<string> Fields)> Read(TextReader reader)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var line = 1;
        var start = 1;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            var ch = (char)c;
            if (quoted)
            {
                if (ch == '"' && reader.Peek() == '"')
                {
                    field.Append('"');
                    reader.Read();
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += ch == '\n' ? 1 : 0;
                    field.Append(ch);
                }
                continue;
            }
            switch (ch)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    if (fields.Count > 1 || fields[0].Length > 0)
                    {
                        yield return (start, fields);
                    }
                    fields = [];
                    start = ++line;
                    break;
                default:
                    field.Append(ch);
                    break;
            }
        }
        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return (start, fields);
        }
    }
}
