import { proposeVoteKind } from '../../../src/domain/votes/proposeKind';

describe('proposeVoteKind: the kind of matter from a vote\'s title (Luật 10/2022/QH15, Điều 15), for books without «Loại việc»', () => {
  it.each([
    ['Bê tông hóa đường xóm 2', 'contribution'],
    ['Mức đóng góp xây dựng nhà văn hóa thôn', 'contribution'],
    ['Thu, chi quỹ đường điện chiếu sáng', 'contribution'],
    ['Thông qua hương ước thôn Đông', 'village-rules'],
    ['Sửa đổi quy ước tổ dân phố số 3', 'village-rules'],
    ['Bầu trưởng thôn nhiệm kỳ 2025-2027', 'election'],
    ['Cho thôi làm tổ trưởng tổ dân phố', 'election'],
  ])('reads «%s» as %s (Điều 15)', (title, kind) => {
    expect(proposeVoteKind(title)?.kind).toBe(kind);
  });

  it('proposes nothing when the title does not say (the threshold stays unknown, never guessed)', () => {
    expect(proposeVoteKind('Họp thôn cuối năm')).toBeNull();
    expect(proposeVoteKind('Quy định giờ tổ chức đám cưới')).toBeNull(); // «quy» alone is not «quỹ»
  });

  it('says what it read, for the note that marks it proposed', () => {
    expect(proposeVoteKind('Bầu trưởng thôn Đông')?.basis).toBe('«bau» → Điều 15 khoản 4, 5');
  });
});
