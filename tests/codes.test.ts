import { expect } from '@open-wc/testing';
import { normalizeCode, readLevels, readPrograms } from '../src/config/codes.js';

describe('level codes and program names (DESIGN §1.1)', () => {
  it('compares codes after trimming, 4.0 as 4 and, in edition 3, 1.0 as 1', () => {
    expect(normalizeCode(' 4.0 ', 3)).to.equal('4');
    expect(normalizeCode('4.0', 4)).to.equal('4');
    expect(normalizeCode('1.0', 3)).to.equal('1');
    expect(normalizeCode('1.0', 4)).to.equal('1.0');
  });

  it('reads program names as the rungs they stand for, in edition 3', () => {
    expect(readLevels('early outpatient iop php', 3).codes).to.deep.equal(['0.5', '1', '2.1', '2.5']);
    expect(readLevels('residential inpatient', 3).codes).to.deep.equal(['3.1', '3.5', '3.7', '4']);
  });

  it('maps outpatient to 1.5 in edition 4, where 0.5 does not exist', () => {
    expect(readLevels('outpatient iop', 4).codes).to.deep.equal(['1.5', '2.1']);
    expect(readLevels('early', 4)).to.deep.equal({ codes: [], unknown: ['early'] });
  });

  it('keeps the valid tokens and lists each unknown one', () => {
    expect(readLevels('1 9.9 IOP 2.1 3.3 banana', 3)).to.deep.equal({
      codes: ['1', '2.1'],
      unknown: ['9.9', '3.3', 'banana'],
    });
    expect(readLevels('1.7 2.7', 3).unknown).to.deep.equal(['1.7', '2.7']);
    expect(readLevels('1.7 2.7', 4).codes).to.deep.equal(['1.7', '2.7']);
  });

  it('reads nothing from an empty or missing value', () => {
    expect(readLevels('', 3)).to.deep.equal({ codes: [], unknown: [] });
    expect(readLevels(null, 3)).to.deep.equal({ codes: [], unknown: [] });
  });

  it('turns codes into the compare columns they belong to', () => {
    expect(readPrograms('2.1 1 3.5 3.1 4', 3)).to.deep.equal({
      programs: ['iop', 'outpatient', 'residential', 'inpatient'],
      unknown: [],
    });
    expect(readPrograms('1.5 php early', 4)).to.deep.equal({
      programs: ['outpatient', 'php'],
      unknown: ['early'],
    });
  });
});
