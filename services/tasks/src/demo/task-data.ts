import type { TaskPriorityName, TaskStatusName } from '../domain/task-rules';

/**
 * Demo tasks, dated relative to the day the demo is seeded so that some are done on time, some
 * late, some overdue and some due soon whatever the day. `due` and `done` are days from today.
 */
export interface DemoTask {
  key: string;
  title: string;
  unit: string;
  assignee: string;
  due: number;
  status: TaskStatusName;
  progress: number;
  done?: number;
  parent?: string;
  coordinating?: string[];
  expectedResult: string;
  authority: string;
  source: string;
  priority?: TaskPriorityName;
  notes?: string[];
}

const CHAIR = 'Trưởng Ban Chỉ đạo thành phố';
const VICE = 'Phó Trưởng Ban Chỉ đạo phụ trách chính quyền số';
const NOTICE = 'Thông báo 02-TB/BCĐ';

export const DEMO_TASKS: DemoTask[] = [
  { key: 'ln', title: 'Chuyển đổi số toàn diện phường Lĩnh Nam năm 2026', unit: 'HN-LN', assignee: 'Vũ Ngọc Sơn', due: 38, status: 'IN_PROGRESS', progress: 0, expectedResult: 'Phường đạt các chỉ tiêu chính quyền số, kinh tế số, xã hội số năm 2026', authority: CHAIR, source: 'Chương trình 01-CTr/BCĐ', priority: 'HIGH' },
  { key: 'ln-teams', parent: 'ln', title: 'Kiện toàn 10 tổ công nghệ số cộng đồng tại các tổ dân phố 20–29', unit: 'HN-LN', assignee: 'Vũ Ngọc Sơn', due: -40, done: -44, status: 'DONE', progress: 100, coordinating: ['HN-LN-MTTQ', 'HN-LN-DTN'], expectedResult: 'Quyết định kiện toàn 10 tổ; danh sách thành viên từng tổ', authority: CHAIR, source: NOTICE, notes: ['Đã có danh sách 7/10 tổ', 'Đã ban hành quyết định kiện toàn'] },
  { key: 'ln-equip', parent: 'ln', title: 'Tiếp nhận, bàn giao 10 máy tính, 10 máy in, 10 bộ bàn ghế cho các tổ công nghệ số', unit: 'HN-LN', assignee: 'Vũ Ngọc Sơn', due: -30, done: -26, status: 'DONE', progress: 100, coordinating: ['HN-LN-VP'], expectedResult: 'Biên bản bàn giao thiết bị cho 10 tổ', authority: VICE, source: NOTICE, notes: ['Đã tiếp nhận thiết bị từ nguồn xã hội hóa', 'Bàn giao xong cho 10 tổ'] },
  { key: 'ln-train', parent: 'ln', title: 'Tập huấn 100% thành viên tổ công nghệ số về các nền tảng số', unit: 'HN-LN-TDP20-CNS', assignee: 'team:HN-LN-TDP20-CNS', due: 12, status: 'IN_PROGRESS', progress: 60, coordinating: ['HN-SKHCN'], expectedResult: '100% thành viên các tổ được tập huấn, có danh sách điểm danh', authority: VICE, source: NOTICE, notes: ['Đã tập huấn 3/5 lớp'] },
  { key: 'ln-vneid', parent: 'ln', title: 'Hỗ trợ người dân kích hoạt tài khoản định danh điện tử mức 2', unit: 'HN-LN-CA', assignee: 'team:HN-LN-CA', due: -6, status: 'IN_PROGRESS', progress: 70, expectedResult: 'Thêm 1.500 tài khoản VNeID mức 2 được kích hoạt', authority: VICE, source: NOTICE, priority: 'HIGH', notes: ['Đã kích hoạt 1.050 tài khoản'] },
  { key: 'ln-email', title: 'Triển khai thư điện tử công vụ cho 100% cán bộ phường Lĩnh Nam', unit: 'HN-LN-VP', assignee: 'team:HN-LN-VP', due: -24, done: -20, status: 'DONE', progress: 100, expectedResult: '100% cán bộ, công chức có và dùng hộp thư công vụ', authority: VICE, source: NOTICE, notes: ['Cấp tài khoản xong', 'Đã hướng dẫn sử dụng'] },
  { key: 'ln-paperless', title: 'Họp không giấy tại UBND phường Lĩnh Nam', unit: 'HN-LN', assignee: 'Vũ Ngọc Sơn', due: -12, status: 'NOT_STARTED', progress: 0, coordinating: ['HN-LN-VP'], expectedResult: 'Mọi cuộc họp của UBND phường dùng hệ thống họp không giấy', authority: CHAIR, source: NOTICE },
  { key: 'ln-tdp21', title: 'Lập điểm "Bình dân học vụ số" tại tổ dân phố 21', unit: 'HN-LN-TDP21', assignee: 'team:HN-LN-TDP21-CNS', due: 3, status: 'IN_PROGRESS', progress: 40, expectedResult: 'Một điểm hướng dẫn kỹ năng số cho người cao tuổi hoạt động hằng tuần', authority: VICE, source: NOTICE, notes: ['Đã bố trí địa điểm tại nhà văn hóa'] },
  { key: 'cn', title: 'Chiến dịch 45 ngày đêm hỗ trợ chuyển đổi số phường Cửa Nam', unit: 'HN-CN', assignee: 'Ngô Quang Vinh', due: -55, done: -57, status: 'DONE', progress: 100, coordinating: ['HN-CN-DTN', 'HN-CN-CA'], expectedResult: 'Hỗ trợ trực tiếp 1.680 lượt người dân; dịch vụ công trực tuyến từ 34% lên 89%', authority: CHAIR, source: 'Kế hoạch 45 ngày đêm', priority: 'HIGH', notes: ['Đã hỗ trợ 900 lượt người dân', 'Hoàn thành chiến dịch, tổng kết và khen thưởng'] },
  { key: 'cn-ai', title: 'Hội nghị tập huấn ứng dụng trí tuệ nhân tạo cho cán bộ phường Cửa Nam', unit: 'HN-CN-VHXH', assignee: 'team:HN-CN-VHXH', due: -13, done: -16, status: 'DONE', progress: 100, expectedResult: '100% cán bộ phường dự tập huấn ứng dụng AI', authority: VICE, source: NOTICE, notes: ['Đã mời giảng viên', 'Đã tổ chức hội nghị'] },
  { key: 'cn-etax', title: 'Hướng dẫn cài đặt eTax Mobile và iHanoi tại 12 tổ dân phố', unit: 'HN-CN', assignee: 'Ngô Quang Vinh', due: -3, status: 'IN_PROGRESS', progress: 85, coordinating: ['HN-CN-DTN'], expectedResult: 'Thêm 2.300 lượt cài eTax Mobile, 950 lượt cài iHanoi', authority: VICE, source: NOTICE, notes: ['Đã hướng dẫn tại 10/12 tổ dân phố'] },
  { key: 'cn-records', title: 'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực', unit: 'HN-CN-VP', assignee: 'team:HN-CN-VP', due: 5, status: 'IN_PROGRESS', progress: 75, expectedResult: '100% hồ sơ còn hiệu lực được số hóa và ký số', authority: VICE, source: NOTICE, notes: ['Đã số hóa 75% hồ sơ'] },
  { key: 'cn-points', title: 'Duy trì 6 điểm "Bình dân học vụ số" cùng Mặt trận Tổ quốc', unit: 'HN-CN-MTTQ', assignee: 'team:HN-CN-MTTQ', due: 30, status: 'NOT_STARTED', progress: 0, expectedResult: '6 điểm hoạt động, ưu tiên người cao tuổi, người khuyết tật, hộ nghèo', authority: VICE, source: NOTICE },
  { key: 'skhcn-dti', title: 'Tổng hợp báo cáo chỉ số chuyển đổi số (DTI) của thành phố', unit: 'HN-SKHCN', assignee: 'Dương Minh Quang', due: -35, done: -33, status: 'DONE', progress: 100, coordinating: ['HN-VP'], expectedResult: 'Báo cáo DTI gửi Bộ đúng hạn', authority: CHAIR, source: NOTICE, notes: ['Đã thu thập số liệu các sở, phường'] },
  { key: 'skhcn-skills', title: 'Phổ cập kỹ năng số cơ bản cho 100% cán bộ, công chức', unit: 'HN-SKHCN', assignee: 'Nguyễn Thu Hà', due: 2, status: 'IN_PROGRESS', progress: 90, expectedResult: '100% cán bộ hoàn thành khóa kỹ năng số cơ bản', authority: CHAIR, source: NOTICE, notes: ['Đã có 90% cán bộ hoàn thành'] },
  { key: 'vp-monthly', title: 'Đánh giá, xếp hạng chuyển đổi số các đơn vị tháng này', unit: 'HN-VP', assignee: 'Phạm Minh Đức', due: 7, status: 'NOT_STARTED', progress: 0, expectedResult: 'Bảng xếp hạng tháng trình Ban Chỉ đạo', authority: CHAIR, source: 'Quy chế 02-QC/BCĐ' },
  { key: 'vp-econf', title: 'Kết nối hệ thống hội nghị truyền hình đến các phường, xã', unit: 'HN-VP', assignee: 'Phạm Minh Đức', due: -9, done: -4, status: 'DONE', progress: 100, coordinating: ['HN-SKHCN'], expectedResult: 'Các điểm cầu cấp xã kết nối ổn định', authority: VICE, source: NOTICE, notes: ['Đã thử nghiệm 40 điểm cầu', 'Kết nối xong'] },
];
